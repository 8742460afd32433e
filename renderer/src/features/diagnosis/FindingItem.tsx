import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partLabel } from '@shared/api/diagnosis';
import type { Finding, Labour, OverallVerdict } from '@shared/diagnosis/types';
import { VERDICT_LABELS } from '@shared/api/diagnosis';
import { Button } from '../../ui/components';
import { OutcomeForm } from './OutcomeForm';
import { ContextNoteText } from './ReportContext';

type Lang = 'fr' | 'en';
const LOCALE: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB' };

export function useLang(): Lang {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? 'en' : 'fr';
}

function formatNumber(value: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(value);
}

/**
 * Colour AND word: the level must read without colour vision and on a black-and-white print.
 * The words are the same as in the PDF report.
 */
export function VerdictBadge({ level }: { level: OverallVerdict }) {
  const lang = useLang();
  return (
    <span className={`badge badge-${level}`} data-criticality={level}>
      {VERDICT_LABELS[level][lang]}
    </span>
  );
}

/** Confidence in words: the number behind it is a heuristic, not a measured probability. */
function confidenceWord(confidence: number): 'high' | 'medium' | 'low' {
  return confidence >= 0.8 ? 'high' : confidence >= 0.6 ? 'medium' : 'low';
}

function LabourLine({ labour }: { labour: Labour }) {
  const { t } = useTranslation();
  const lang = useLang();
  const value =
    labour.min === labour.max
      ? t('diagnosis.hours', { value: formatNumber(labour.min, lang, 1) })
      : t('diagnosis.hoursRange', {
          min: formatNumber(labour.min, lang, 1),
          max: formatNumber(labour.max, lang, 1),
        });
  return (
    <p data-labour-source={labour.source}>
      {labour.source === 'garage'
        ? t('diagnosis.labourGarage', { value, count: labour.cases })
        : t('diagnosis.labourIndicative', { value })}
    </p>
  );
}

export function FindingItem({
  finding,
  open,
  sessionId,
}: {
  finding: Finding;
  open: boolean;
  sessionId: string | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const [recording, setRecording] = useState(false);
  const ranking = finding.causeRanking;
  return (
    <li className="diagnosis-finding" data-code={finding.code ?? finding.pid ?? ''}>
      <details open={open}>
        <summary>
          <VerdictBadge level={finding.criticality} />{' '}
          <span className="mono">
            {finding.kind === 'dtc' ? finding.code : `PID ${finding.pid ?? ''}`}
          </span>{' '}
          <strong>{finding.title[lang]}</strong>
          <span className="muted">
            {' '}
            · {t(`diagnosis.systems.${finding.system}`, { defaultValue: finding.system })}
            {finding.ecu ? ` · ${t('diagnosis.ecu', { ecu: finding.ecu })}` : ''}
            {finding.status ? ` · ${t(`diagnosis.status.${finding.status}`)}` : ''}
          </span>
        </summary>
        <p className="muted">
          {t('diagnosis.ruleLine', {
            rule: finding.rule.label[lang],
            confidence: t(`diagnosis.confidence.${confidenceWord(finding.confidence)}`),
          })}
        </p>
        {finding.rule.reason ? (
          <p className="muted" data-testid="rule-reason">
            {t('diagnosis.ruleWhy', { reason: finding.rule.reason[lang] })}
          </p>
        ) : null}
        {finding.context.length > 0 ? (
          <ul className="diagnosis-plain" data-testid="finding-context">
            {finding.context.map((note) => (
              <li key={note.id}>
                <ContextNoteText note={note} />
              </li>
            ))}
          </ul>
        ) : null}
        {finding.causes.length > 0 ? (
          <>
            <h4 data-cause-basis={ranking.basis}>
              {ranking.basis === 'cases'
                ? t('diagnosis.causesCases', { count: ranking.cases })
                : t('diagnosis.causesExpert')}
            </h4>
            <ol>
              {finding.causes.map((cause) => (
                <li key={cause.key}>
                  {cause[lang]}
                  {ranking.basis === 'cases' && cause.resolvedCases > 0 ? (
                    <span className="muted">
                      {' '}
                      —{' '}
                      {t('diagnosis.causeCases', {
                        count: cause.resolvedCases,
                        total: ranking.cases,
                      })}
                    </span>
                  ) : null}
                </li>
              ))}
            </ol>
          </>
        ) : null}
        {finding.actions.length > 0 ? (
          <>
            <h4>{t('diagnosis.checks')}</h4>
            <ul>
              {finding.actions.map((action, i) => (
                <li key={i}>{action[lang]}</li>
              ))}
            </ul>
          </>
        ) : null}
        {finding.parts.length > 0 ? (
          <p>
            {t('diagnosis.partsLine', {
              list: finding.parts.map((part) => partLabel(part, lang)).join(', '),
            })}
          </p>
        ) : null}
        {finding.labour ? <LabourLine labour={finding.labour} /> : null}
        {finding.evidence.length > 0 ? (
          <p className="muted">{finding.evidence.map((e) => e[lang]).join(' · ')}</p>
        ) : null}
        {sessionId !== null && finding.kind === 'dtc' ? (
          recording ? (
            <OutcomeForm sessionId={sessionId} finding={finding} />
          ) : (
            <p className="no-print">
              <Button onClick={() => setRecording(true)}>{t('diagnosis.outcome.open')}</Button>
            </p>
          )
        ) : null}
      </details>
    </li>
  );
}
