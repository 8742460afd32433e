import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api/contract';
import type { DtcLookup } from '@shared/api/diagnosis';
import type { ScanOutcome } from '@shared/api/obd';
import { useApi, useMutation } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import type { Level } from './atelier-ui';
import {
  CriticalityBadge,
  Dialog,
  digitsFor,
  ecuLabel,
  formatNumber,
  pidLabel,
  unitLabel,
  useLang,
} from './atelier-ui';

export type ClearOutcome = ApiOutput<'obd.clearCodes'>;
type Ecu = ScanOutcome['ecus'][number];
type Finding = NonNullable<ScanOutcome['report']>['findings'][number];

/** Looks every shown code up once (French title, system, criticality when stored alone). */
function useDtcLookups(codes: readonly string[]): Map<string, DtcLookup> {
  const api = useApi();
  const lang = useLang();
  const [cache, setCache] = useState(() => new Map<string, DtcLookup>());
  const key = [...new Set(codes)].sort().join(',');
  useEffect(() => {
    if (key === '') return undefined;
    let current = true;
    const wanted = key.split(',');
    void Promise.all(
      wanted.map((code) =>
        api.call('diagnosis.lookupDtc', { code, lang }).catch(() => null as DtcLookup | null),
      ),
    ).then((found) => {
      if (!current) return;
      setCache(() => {
        const next = new Map<string, DtcLookup>();
        for (const lookup of found) if (lookup) next.set(lookup.code, lookup);
        return next;
      });
    });
    return () => {
      current = false;
    };
  }, [api, key, lang]);
  return cache;
}

function monitorsOf(
  readiness: Record<string, unknown> | null,
): Array<{ name: string; available: boolean; complete: boolean }> {
  const monitors = readiness?.monitors;
  if (!monitors || typeof monitors !== 'object') return [];
  return Object.entries(monitors as Record<string, unknown>).map(([name, value]) => {
    const entry = (value ?? {}) as { available?: unknown; complete?: unknown };
    return { name, available: entry.available === true, complete: entry.complete === true };
  });
}

function Readiness({ readiness }: { readiness: Record<string, unknown> | null }) {
  const { t } = useTranslation();
  const monitors = monitorsOf(readiness);
  if (monitors.length === 0) return null;
  const available = monitors.filter((m) => m.available);
  const unavailable = monitors.filter((m) => !m.available);
  const milOn = readiness?.milOn;
  const monitorName = (name: string) => {
    const key = `atelier.codes.monitors.${name}`;
    return t(key) === key ? name : t(key);
  };
  return (
    <div className="readiness">
      <h4>{t('atelier.codes.readiness')}</h4>
      {typeof milOn === 'boolean' ? (
        <p>
          {t('atelier.codes.mil')} :{' '}
          <strong className={milOn ? 'text-rouge' : ''}>
            {milOn ? t('atelier.codes.milOn') : t('atelier.codes.milOff')}
          </strong>
        </p>
      ) : null}
      <ul className="checklist">
        {available.map((monitor) => (
          <li key={monitor.name} className={monitor.complete ? 'check-ok' : 'check-ko'}>
            <span aria-hidden="true" className="check-mark">
              {monitor.complete ? '✓' : '✗'}
            </span>
            {monitorName(monitor.name)} —{' '}
            <strong>
              {monitor.complete
                ? t('atelier.codes.readinessComplete')
                : t('atelier.codes.readinessIncomplete')}
            </strong>
          </li>
        ))}
      </ul>
      {unavailable.length > 0 ? (
        <p className="muted">
          {t('atelier.codes.readinessUnavailable', {
            list: unavailable.map((m) => monitorName(m.name)).join(', '),
          })}
        </p>
      ) : null}
    </div>
  );
}

function formatStructured(value: Record<string, unknown>): string {
  return Object.entries(value)
    .map(
      ([key, item]) => `${key}: ${typeof item === 'object' ? JSON.stringify(item) : String(item)}`,
    )
    .join(' · ');
}

function FreezeFrame({ frame }: { frame: NonNullable<Ecu['freezeFrame']> }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <table className="table compact">
      <tbody>
        {frame.values.map((value) => (
          <tr key={value.pid}>
            <th scope="row">
              {pidLabel(t, value.pid, value.name)} <span className="muted mono">{value.pid}</span>
            </th>
            <td className="num">
              {typeof value.value === 'number'
                ? `${formatNumber(value.value, lang, digitsFor(value.unit))} ${unitLabel(t, value.unit)}`
                : formatStructured(value.value)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function CodesPanel({
  outcome,
  cleared,
  onCleared,
  canClear,
}: {
  outcome: ScanOutcome | null;
  cleared: ClearOutcome | null;
  onCleared: (result: ClearOutcome) => void;
  canClear: boolean;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const titleId = useId();
  const [confirming, setConfirming] = useState(false);

  // After a clear, what the re-read found replaces the scan's codes (freeze frames are gone).
  const ecus: Ecu[] = outcome
    ? cleared
      ? outcome.ecus.map((ecu) => ({
          ...ecu,
          dtcs: cleared.remaining
            .filter((code) => code.ecu === ecu.ecu)
            .map((code) => ({ code: code.code, status: code.status })),
          freezeFrame: null,
          readiness: cleared.readiness.find((r) => r.ecu === ecu.ecu)?.status ?? ecu.readiness,
        }))
      : outcome.ecus
    : [];
  const lookups = useDtcLookups(ecus.flatMap((ecu) => ecu.dtcs.map((dtc) => dtc.code)));
  const findings = new Map<string, Finding>();
  for (const finding of outcome?.report?.findings ?? []) {
    if (finding.kind === 'dtc' && finding.code) {
      findings.set(`${finding.ecu ?? ''}|${finding.code}`, finding);
      if (!findings.has(`*|${finding.code}`)) findings.set(`*|${finding.code}`, finding);
    }
  }
  const total = ecus.reduce((sum, ecu) => sum + ecu.dtcs.length, 0);

  return (
    <section className="card" aria-labelledby={titleId} data-session-id={outcome?.sessionId}>
      <div className="page-header">
        <h2 id={titleId}>{t('atelier.codes.title')}</h2>
        {outcome ? (
          <Button variant="danger" onClick={() => setConfirming(true)} disabled={!canClear}>
            {t('atelier.clear.button')}
          </Button>
        ) : null}
      </div>
      {!outcome ? <p className="empty">{t('atelier.codes.notScanned')}</p> : null}
      {cleared ? <ClearResult result={cleared} /> : null}
      {outcome && total === 0 && !cleared ? (
        <p className="empty">{t('atelier.codes.none')}</p>
      ) : null}
      {ecus.map((ecu) => {
        const headingId = `${titleId}-${ecu.ecu ?? 'x'}`;
        return (
          <section key={ecu.ecu ?? 'none'} className="ecu-block" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {ecuLabel(t, ecu.ecu)}
              {ecu.name ? <span className="muted"> · {ecu.name}</span> : null}
            </h3>
            {ecu.dtcs.length > 0 ? (
              <table className="table dtc-table">
                <thead>
                  <tr>
                    <th scope="col">{t('atelier.codes.columns.code')}</th>
                    <th scope="col">{t('atelier.codes.columns.status')}</th>
                    <th scope="col">{t('atelier.codes.columns.description')}</th>
                    <th scope="col">{t('atelier.codes.columns.system')}</th>
                    <th scope="col">{t('atelier.codes.columns.criticality')}</th>
                  </tr>
                </thead>
                <tbody>
                  {ecu.dtcs.map((dtc) => {
                    const finding =
                      findings.get(`${ecu.ecu ?? ''}|${dtc.code}`) ?? findings.get(`*|${dtc.code}`);
                    const lookup = lookups.get(dtc.code);
                    const level: Level | null = finding?.criticality ?? lookup?.criticality ?? null;
                    const frame =
                      ecu.freezeFrame && ecu.freezeFrame.dtc === dtc.code && dtc.status === 'stored'
                        ? ecu.freezeFrame
                        : null;
                    return (
                      <tr key={`${dtc.code}-${dtc.status}`} data-dtc={dtc.code}>
                        <td className="mono dtc-code">{dtc.code}</td>
                        <td>{t(`atelier.codes.status.${dtc.status}`)}</td>
                        <td>
                          {finding?.title[lang] ?? lookup?.title ?? '…'}
                          {frame ? (
                            <details className="freeze-frame">
                              <summary>
                                {t('atelier.codes.freezeFrame')}
                                <span className="visually-hidden">
                                  {' '}
                                  — {t('atelier.codes.showFreezeFrame', { code: dtc.code })}
                                </span>
                              </summary>
                              <FreezeFrame frame={frame} />
                            </details>
                          ) : null}
                        </td>
                        <td>{lookup?.systemName ?? finding?.system ?? ''}</td>
                        <td>{level ? <CriticalityBadge level={level} /> : null}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            ) : (
              <p className="muted">{t('atelier.codes.none')}</p>
            )}
            <Readiness readiness={ecu.readiness} />
          </section>
        );
      })}
      {outcome && outcome.warnings.length > 0 ? (
        <details>
          <summary>{t('atelier.codes.warnings')}</summary>
          <ul>
            {outcome.warnings.map((warning, index) => (
              <li key={index}>{warning.message[lang]}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {confirming && outcome ? (
        <ClearCodesDialog
          sessionId={outcome.sessionId}
          onCancel={() => setConfirming(false)}
          onDone={(result) => {
            setConfirming(false);
            onCleared(result);
          }}
        />
      ) : null}
    </section>
  );
}

function ClearResult({ result }: { result: ClearOutcome }) {
  const { t } = useTranslation();
  return (
    <div className="banner banner-ok clear-result" role="status" aria-live="polite">
      <p className="banner-title">{t('atelier.clear.resultTitle')}</p>
      <ul>
        {result.results.map((entry) => (
          <li key={entry.ecu ?? 'none'}>
            {entry.outcome === 'cleared'
              ? t('atelier.clear.cleared', { ecu: ecuLabel(t, entry.ecu) })
              : t('atelier.clear.refused', {
                  ecu: ecuLabel(t, entry.ecu),
                  reason: entry.reason ?? '?',
                })}
          </li>
        ))}
      </ul>
      {result.remaining.length === 0 ? (
        <p>{t('atelier.clear.remainingNone')}</p>
      ) : (
        <>
          <p>
            {t('atelier.clear.remaining')} :{' '}
            {result.remaining.map((code) => (
              <span key={`${code.ecu}-${code.code}-${code.status}`} className="mono remaining">
                {code.code} ({t(`atelier.codes.status.${code.status}`)}){' '}
              </span>
            ))}
          </p>
          {result.remaining.some((code) => code.status === 'permanent') ? (
            <p className="muted">{t('atelier.clear.permanentNote')}</p>
          ) : null}
        </>
      )}
    </div>
  );
}

function ClearCodesDialog({
  sessionId,
  onCancel,
  onDone,
}: {
  sessionId: string;
  onCancel: () => void;
  onDone: (result: ClearOutcome) => void;
}) {
  const { t } = useTranslation();
  const [engineOff, setEngineOff] = useState(false);
  const clear = useMutation('obd.clearCodes');
  const checkId = useId();
  return (
    <Dialog title={t('atelier.clear.title')} onCancel={onCancel} role="alertdialog">
      <p>{t('atelier.clear.lose')}</p>
      <ul>
        <li>{t('atelier.clear.loseCodes')}</li>
        <li>{t('atelier.clear.loseFreeze')}</li>
        <li>{t('atelier.clear.loseReadiness')}</li>
        <li>{t('atelier.clear.loseMil')}</li>
      </ul>
      <div className="check-row">
        <input
          id={checkId}
          type="checkbox"
          checked={engineOff}
          onChange={(event) => setEngineOff(event.target.checked)}
          aria-describedby={`${checkId}-help`}
        />
        <label htmlFor={checkId}>
          <strong>{t('atelier.clear.conditions')}</strong>
        </label>
      </div>
      <p id={`${checkId}-help`} className="field-help">
        {t('atelier.clear.conditionsHelp')}
      </p>
      <ErrorBanner error={clear.error} />
      <div className="actions">
        <Button onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </Button>
        <Button
          variant="danger"
          disabled={!engineOff || clear.pending}
          onClick={() => {
            void clear.run({ sessionId, confirm: true }).then((result) => {
              if (result) onDone(result);
            });
          }}
        >
          {clear.pending ? t('atelier.clear.running') : t('atelier.clear.confirm')}
        </Button>
      </div>
    </Dialog>
  );
}
