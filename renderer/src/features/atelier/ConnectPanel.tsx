import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/errors';
import type { ConnectionStatus } from '@shared/api/obd';
import { useQuery } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import { formatNumber, useLang } from './atelier-ui';

const STEPS = ['port_opened', 'adapter_identified', 'protocol_found', 'vehicle_answering'] as const;

export function isConnected(status: ConnectionStatus | null): boolean {
  return status?.state === 'ready';
}

export function isBusy(status: ConnectionStatus | null): boolean {
  return status?.state === 'connecting' || status?.state === 'initializing';
}

function AdapterOption({
  name,
  value,
  selected,
  onSelect,
  label,
  note,
}: {
  name: string;
  value: string;
  selected: string;
  onSelect: (value: string) => void;
  label: string;
  note?: string | null;
}) {
  return (
    <label className={`adapter-option ${selected === value ? 'active' : ''}`}>
      <input
        type="radio"
        name={name}
        value={value}
        checked={selected === value}
        onChange={() => onSelect(value)}
      />
      <span>
        <span className="adapter-name">{label}</span>
        {note ? <span className="muted adapter-note"> · {note}</span> : null}
      </span>
    </label>
  );
}

export function ConnectPanel({
  status,
  adapter,
  onAdapter,
  onConnect,
  onDisconnect,
  pending,
  error,
}: {
  status: ConnectionStatus | null;
  adapter: string;
  onAdapter: (adapter: string) => void;
  onConnect: () => void;
  onDisconnect: () => void;
  pending: boolean;
  error: ApiError | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const name = useId();
  const wifiId = useId();
  const list = useQuery('obd.listAdapters', {});
  // Null until typed: the core's default address (192.168.0.10:35000) is shown meanwhile.
  const [typedWifi, setWifi] = useState<string | null>(null);
  const data = list.data;

  // Preselect the remembered adapter (or the first likely OBD port) once the list arrives.
  useEffect(() => {
    if (!data || adapter !== '') return;
    const preferred =
      data.lastAdapter ??
      data.serial.find((port) => port.likelyObd)?.adapter ??
      (data.scenarios[0] ? `sim:${data.scenarios[0].name}` : '');
    if (preferred !== '') onAdapter(preferred);
  }, [data, adapter, onAdapter]);

  const wifi = typedWifi ?? data?.wifiDefault.replace(/^tcp:/, '') ?? '';
  const wifiValue = `tcp:${wifi.trim()}`;
  const isWifi = adapter.startsWith('tcp:');
  const state = status?.state ?? 'closed';
  const connected = state === 'ready' || state === 'no-vehicle' || state === 'reconnecting';
  const busy = pending || state === 'connecting' || state === 'initializing';
  const reached = new Set(status?.steps ?? []);
  const lastNote = (value: string) =>
    data?.lastAdapter === value ? t('atelier.connect.last') : null;
  const obdPorts = data?.serial.filter((port) => port.kind !== 'bluetooth' && port.likelyObd) ?? [];
  const bluetooth = data?.serial.filter((port) => port.kind === 'bluetooth') ?? [];
  const others = data?.serial.filter((port) => port.kind !== 'bluetooth' && !port.likelyObd) ?? [];
  const failure = status?.error ?? null;
  // Bluetooth links are named by their device path; USB ports also by their chip's maker.
  const portOptions = (ports: NonNullable<typeof data>['serial'], fallbackNote: string | null) =>
    ports.map((port) => (
      <AdapterOption
        key={port.adapter}
        name={name}
        value={port.adapter}
        selected={adapter}
        onSelect={onAdapter}
        label={
          port.kind === 'bluetooth' || !port.manufacturer
            ? port.path
            : `${port.path} — ${port.manufacturer}`
        }
        note={lastNote(port.adapter) ?? fallbackNote}
      />
    ));

  return (
    <div className="atelier-connect">
      <section aria-labelledby={`${name}-title`} className="card">
        <div className="page-header">
          <h2 id={`${name}-title`}>{t('atelier.connect.title')}</h2>
          <Button onClick={list.reload} disabled={list.loading}>
            {t('atelier.connect.refresh')}
          </Button>
        </div>
        <ErrorBanner error={list.error} />
        <div className="adapter-groups">
          {obdPorts.length > 0 || (others.length === 0 && bluetooth.length === 0) ? (
            <fieldset>
              <legend>{t('atelier.connect.obdPorts')}</legend>
              {obdPorts.length === 0 ? (
                <p className="muted">{t('atelier.connect.noPorts')}</p>
              ) : null}
              {portOptions(obdPorts, t('atelier.connect.likely'))}
            </fieldset>
          ) : null}
          {bluetooth.length > 0 ? (
            <fieldset>
              <legend>{t('atelier.connect.bluetooth')}</legend>
              {portOptions(bluetooth, null)}
            </fieldset>
          ) : null}
          {others.length > 0 ? (
            <fieldset>
              <legend>{t('atelier.connect.otherPorts')}</legend>
              {portOptions(others, null)}
            </fieldset>
          ) : null}
          <fieldset>
            <legend>{t('atelier.connect.wifi')}</legend>
            <AdapterOption
              name={name}
              value={isWifi ? adapter : wifiValue}
              selected={adapter}
              onSelect={() => onAdapter(wifiValue)}
              label={t('atelier.connect.wifi')}
              note={isWifi ? lastNote(adapter) : null}
            />
            <label htmlFor={wifiId} className="visually-hidden">
              {t('atelier.connect.wifiAddress')}
            </label>
            <input
              id={wifiId}
              className="mono"
              value={wifi}
              placeholder="192.168.0.10:35000"
              aria-label={t('atelier.connect.wifiAddress')}
              onChange={(event) => {
                setWifi(event.target.value);
                onAdapter(`tcp:${event.target.value.trim()}`);
              }}
            />
          </fieldset>
          {data && data.scenarios.length > 0 ? (
            <fieldset>
              <legend>{t('atelier.connect.simulator')}</legend>
              {data.scenarios.map((scenario) => (
                <AdapterOption
                  key={scenario.name}
                  name={name}
                  value={`sim:${scenario.name}`}
                  selected={adapter}
                  onSelect={onAdapter}
                  label={scenario.name}
                  note={[lastNote(`sim:${scenario.name}`), scenario.description]
                    .filter(Boolean)
                    .join(' · ')}
                />
              ))}
            </fieldset>
          ) : null}
        </div>
        <div className="actions">
          <Button
            variant="primary"
            onClick={onConnect}
            disabled={busy || adapter === '' || state === 'ready'}
            aria-keyshortcuts="Alt+C"
          >
            {t('atelier.connect.connect')}
          </Button>
          {connected || busy ? (
            <Button onClick={onDisconnect}>{t('atelier.connect.disconnect')}</Button>
          ) : null}
        </div>
        <ErrorBanner error={error} />
      </section>

      <section className="card" aria-labelledby={`${name}-progress`}>
        <h2 id={`${name}-progress`}>{t('atelier.connect.progress')}</h2>
        <ol className="steps" aria-live="polite">
          {STEPS.map((step) => {
            const done = reached.has(step);
            return (
              <li key={step} className={done ? 'step-done' : 'step-pending'}>
                <span aria-hidden="true" className="step-mark">
                  {done ? '✓' : busy ? '…' : '○'}
                </span>
                {t(`atelier.connect.steps.${step}`)}
                <span className="visually-hidden">
                  {' '}
                  — {done ? t('atelier.connect.stepDone') : t('atelier.connect.stepPending')}
                </span>
              </li>
            );
          })}
        </ol>
        {status && (status.identity || status.protocol) ? (
          <dl className="details">
            <dt>{t('atelier.connect.identity')}</dt>
            <dd>
              {status.identity ?? t('common.none')}
              {status.stnIdentity ? ` (${status.stnIdentity})` : ''}
            </dd>
            <dt>{t('atelier.connect.protocol')}</dt>
            <dd>{status.protocol ?? t('common.none')}</dd>
            <dt>{t('atelier.connect.voltage')}</dt>
            <dd>
              {status.voltage === null
                ? t('common.none')
                : `${formatNumber(status.voltage, lang, 1)} V`}
            </dd>
            <dt>{t('atelier.connect.ecus')}</dt>
            <dd className="mono">
              {status.ecus.length > 0 ? status.ecus.join(', ') : t('common.none')}
            </dd>
          </dl>
        ) : null}
        {failure && (state === 'failed' || state === 'no-vehicle' || state === 'closed') ? (
          <div className="banner banner-error" role="alert" data-error-code={failure.code}>
            <p className="banner-title">{t('atelier.connect.failedTitle')}</p>
            {/* The core's message names the cause and the likely fix for this adapter. */}
            <p>{failure.message[lang]}</p>
          </div>
        ) : null}
      </section>
    </div>
  );
}
