import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partLabel } from '@shared/api/diagnosis';
import type { Finding } from '@shared/diagnosis/types';
import { useMutation, useQuery } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';

const OTHER = '';

/**
 * "What fixed it": records a repair outcome for a finding. Fixed outcomes become the garage's
 * resolved cases, which rank the causes of later diagnoses of the same code.
 */
export function OutcomeForm({ sessionId, finding }: { sessionId: string; finding: Finding }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'fr';
  const record = useMutation('diagnosis.recordOutcome');
  const list = useQuery('diagnosis.listOutcomes', { sessionId }, ['repairOutcome']);
  const [causeKey, setCauseKey] = useState(finding.causes[0]?.key ?? OTHER);
  const [fixed, setFixed] = useState(true);
  const [hours, setHours] = useState('');
  const [note, setNote] = useState('');
  const [parts, setParts] = useState<string[]>([]);
  const mine = (list.data?.outcomes ?? []).filter((o) => o.code === (finding.code ?? null));
  const causeText = (key: string | null) =>
    finding.causes.find((c) => c.key === key)?.[lang] ?? t('diagnosis.outcome.otherCause');

  const submit = async () => {
    const labour = Number(hours.replace(',', '.'));
    const saved = await record.run({
      sessionId,
      code: finding.code ?? null,
      knownProblem: finding.knownProblem ?? null,
      causeKey: causeKey === OTHER ? null : causeKey,
      parts,
      note: note.trim() === '' ? null : note.trim(),
      outcome: fixed ? 'fixed' : 'not_fixed',
      labourHours: hours.trim() === '' || !Number.isFinite(labour) ? null : labour,
    });
    if (saved) {
      setNote('');
      setHours('');
    }
  };

  return (
    <div className="outcome" data-testid="outcome-form">
      <h4>{t('diagnosis.outcome.title')}</h4>
      {mine.length > 0 ? (
        <ul className="diagnosis-plain" data-testid="outcomes">
          {mine.map((o) => (
            <li key={o.id}>
              {o.outcome === 'fixed'
                ? t('diagnosis.outcome.fixedLine')
                : t('diagnosis.outcome.notFixedLine')}{' '}
              {causeText(o.causeKey)}
              {o.labourHours !== null ? ` · ${t('diagnosis.hours', { value: o.labourHours })}` : ''}
              {o.note ? ` · ${o.note}` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="outcome-fields">
        <label>
          {t('diagnosis.outcome.cause')}{' '}
          <select value={causeKey} onChange={(e) => setCauseKey(e.target.value)}>
            {finding.causes.map((c) => (
              <option key={c.key} value={c.key}>
                {c[lang]}
              </option>
            ))}
            <option value={OTHER}>{t('diagnosis.outcome.otherCause')}</option>
          </select>
        </label>
        {finding.parts.length > 0 ? (
          <fieldset>
            <legend>{t('diagnosis.outcome.parts')}</legend>
            {finding.parts.map((part) => (
              <label key={part}>
                <input
                  type="checkbox"
                  checked={parts.includes(part)}
                  onChange={(e) =>
                    setParts((previous) =>
                      e.target.checked ? [...previous, part] : previous.filter((p) => p !== part),
                    )
                  }
                />{' '}
                {partLabel(part, lang)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <label>
          {t('diagnosis.outcome.hours')}{' '}
          <input
            inputMode="decimal"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            size={5}
          />
        </label>
        <label>
          {t('diagnosis.outcome.note')}{' '}
          <input value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} />
        </label>
        <label>
          <input type="checkbox" checked={fixed} onChange={(e) => setFixed(e.target.checked)} />{' '}
          {t('diagnosis.outcome.fixed')}
        </label>
        <Button variant="primary" onClick={() => void submit()} disabled={record.pending}>
          {t('diagnosis.outcome.save')}
        </Button>
      </div>
      <ErrorBanner error={record.error ?? list.error} />
    </div>
  );
}
