import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '@shared/api/errors';
import type { ScanOutcome } from '@shared/api/obd';
import { toApiError, useApi, useMutation } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import { formatNumber, useLang } from './atelier-ui';
import type { ClearOutcome } from './CodesPanel';
import { CodesPanel } from './CodesPanel';
import { ConnectPanel } from './ConnectPanel';
import { HistoryPanel } from './HistoryPanel';
import type { LiveCommands } from './LivePanel';
import { LivePanel } from './LivePanel';
import { ReportPanel } from './ReportPanel';
import { newTaskId, useObdStatus } from './use-obd';
import type { Identification } from './VehiclePanel';
import { VehiclePanel } from './VehiclePanel';

const TABS = ['connect', 'vehicle', 'codes', 'live', 'report', 'history'] as const;
type Tab = (typeof TABS)[number];
const TECHNICIAN_KEY = 'novaevo.atelier.technician';

interface ScanProgress {
  taskId: string;
  done: number;
  total: number | null;
}

/** Letter of an Alt shortcut, whatever the layout (AZERTY gives the same `key` letters). */
function shortcutLetter(event: KeyboardEvent): string | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  const key = event.key.toLowerCase();
  if (/^[a-z]$/.test(key)) return key;
  // macOS turns Alt+letter into a symbol: fall back to the physical key.
  const code = /^Key([A-Z])$/.exec(event.code)?.[1];
  return code ? code.toLowerCase() : null;
}

/**
 * The mechanic's workbench: connect the adapter, read the car, watch live data, get the
 * report, clear codes, look back at past sessions. Panels stay mounted once visited so a
 * live chart keeps running while the mechanic checks the codes.
 */
export default function AtelierPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const status = useObdStatus();
  const [tab, setTab] = useState<Tab>('connect');
  const [visited, setVisited] = useState<ReadonlySet<Tab>>(() => new Set<Tab>(['connect']));
  const [adapter, setAdapter] = useState('');
  const connect = useMutation('obd.connect');
  const disconnect = useMutation('obd.disconnect');
  const [outcome, setOutcome] = useState<ScanOutcome | null>(null);
  const [scan, setScan] = useState<ScanProgress | null>(null);
  const [scanError, setScanError] = useState<ApiError | null>(null);
  const [scanNotice, setScanNotice] = useState<string | null>(null);
  const [identification, setIdentification] = useState<Identification | null>(null);
  const [identifyError, setIdentifyError] = useState<ApiError | null>(null);
  const [attachedVehicle, setAttachedVehicle] = useState<string | null>(null);
  const [mileage, setMileage] = useState('');
  const [technician, setTechnician] = useState(() => localStorage.getItem(TECHNICIAN_KEY) ?? '');
  const [cleared, setCleared] = useState<ClearOutcome | null>(null);
  const [reportSessionId, setReportSessionId] = useState<string | null>(null);
  const [replay, setReplay] = useState<{ sessionId: string; startedAt: string } | null>(null);
  const [linkLost, setLinkLost] = useState(false);
  const [reconnected, setReconnected] = useState(false);
  const liveCommands = useRef<LiveCommands | null>(null);
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  const state = status?.state ?? 'closed';
  const connected = state === 'ready';
  const vehicleId =
    attachedVehicle ?? identification?.match?.vehicleId ?? outcome?.vehicleId ?? null;

  const open = useCallback((next: Tab) => {
    setTab(next);
    setVisited((previous) => (previous.has(next) ? previous : new Set([...previous, next])));
  }, []);

  // The link banner: shown from the moment a working link drops, until it is back.
  const [previousState, setPreviousState] = useState(state);
  if (state !== previousState) {
    setPreviousState(state);
    if (state === 'reconnecting') {
      setLinkLost(true);
      setReconnected(false);
    } else if (state === 'ready' && linkLost) {
      setLinkLost(false);
      setReconnected(true);
    } else if (state === 'closed') {
      setLinkLost(false);
    }
  }
  useEffect(() => {
    if (!reconnected) return undefined;
    const timer = setTimeout(() => setReconnected(false), 6000);
    return () => clearTimeout(timer);
  }, [reconnected]);

  useEffect(
    () =>
      api.on('task.progress', (progress) => {
        setScan((current) =>
          current && current.taskId === progress.taskId
            ? { ...current, done: progress.done, total: progress.total }
            : current,
        );
      }),
    [api],
  );

  const identify = useCallback(
    async (vin: string) => {
      setIdentifyError(null);
      try {
        setIdentification(await api.call('obd.identifyVehicle', { vin }));
      } catch (caught) {
        setIdentifyError(toApiError(caught));
      }
    },
    [api],
  );

  const doConnect = useCallback(() => {
    if (adapter === '') return;
    void connect.run({ adapter });
  }, [adapter, connect]);

  const runScan = useCallback(async () => {
    if (!connected || scan) return;
    const taskId = newTaskId();
    setScan({ taskId, done: 0, total: null });
    setScanError(null);
    setScanNotice(null);
    const km = mileage.trim() === '' ? null : Number(mileage);
    try {
      const result = await api.call('obd.scan', {
        vehicleId,
        mileageKm: km !== null && Number.isInteger(km) ? km : null,
        technician: technician.trim() === '' ? null : technician.trim(),
        taskId,
      });
      setOutcome(result);
      setCleared(null);
      setReportSessionId(null);
      setReplay(null);
      setScanNotice(
        t('atelier.scan.done', { seconds: formatNumber(result.durationMs / 1000, lang, 1) }),
      );
      open('codes');
      if (result.vin) void identify(result.vin);
    } catch (caught) {
      const error = toApiError(caught);
      if (error.code === 'CANCELLED') setScanNotice(t('atelier.scan.cancelled'));
      else setScanError(error);
    } finally {
      setScan(null);
    }
  }, [api, connected, identify, lang, mileage, open, scan, t, technician, vehicleId]);

  // A shortcut may open the live panel for the first time: its commands exist only once it has
  // mounted, a frame or two later, so the command waits for them instead of being dropped.
  const withLivePanel = useCallback((run: (commands: LiveCommands) => void) => {
    let frames = 0;
    const attempt = () => {
      const commands = liveCommands.current;
      if (commands) run(commands);
      else if (frames++ < 60) requestAnimationFrame(attempt);
    };
    attempt();
  }, []);

  const cancelScan = useCallback(() => {
    if (scan) void api.call('tasks.cancel', { taskId: scan.taskId }).catch(() => undefined);
  }, [api, scan]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const letter = shortcutLetter(event);
      if (!letter) return;
      const act: Record<string, () => void> = {
        c: () => {
          open('connect');
          if (!connected) doConnect();
        },
        s: () => void runScan(),
        l: () => {
          open('live');
          withLivePanel((commands) => commands.toggleLive());
        },
        r: () => {
          open('live');
          withLivePanel((commands) => commands.toggleRecord());
        },
        m: () => {
          open('live');
          // Focus once the panel is on screen, not while it is being mounted.
          withLivePanel((commands) => requestAnimationFrame(() => commands.focusMarker()));
        },
      };
      const action = act[letter];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [connected, doConnect, open, runScan, withLivePanel]);

  // Arrow keys move between tabs (WAI-ARIA tabs pattern).
  const onTabKey = (event: ReactKeyboardEvent<HTMLButtonElement>) => {
    const index = TABS.indexOf(tab);
    const delta =
      event.key === 'ArrowRight'
        ? 1
        : event.key === 'ArrowLeft'
          ? -1
          : event.key === 'Home'
            ? -index
            : 0;
    const next =
      event.key === 'End'
        ? TABS[TABS.length - 1]
        : TABS[(index + delta + TABS.length) % TABS.length];
    if ((delta !== 0 || event.key === 'End') && next) {
      event.preventDefault();
      open(next);
      tabRefs.current.get(next)?.focus();
    }
  };

  const progressValue = scan && scan.total ? Math.round((100 * scan.done) / scan.total) : null;
  const panel = (id: Tab, content: React.ReactNode) =>
    visited.has(id) ? (
      <div
        role="tabpanel"
        id={`atelier-panel-${id}`}
        aria-labelledby={`atelier-tab-${id}`}
        hidden={tab !== id}
        className="atelier-panel"
      >
        {content}
      </div>
    ) : null;

  return (
    <section className="page atelier" aria-labelledby="atelier-title">
      <header className="atelier-header">
        <h1 id="atelier-title">{t('atelier.title')}</h1>
        <span className={`status-pill status-${state}`} role="status" aria-live="polite">
          <span aria-hidden="true" className="status-dot" />
          {t(`atelier.state.${state}`)}
          {status?.adapter ? <span className="muted mono"> · {status.adapter}</span> : null}
        </span>
        <div className="atelier-header-actions">
          {scan ? (
            <>
              <progress
                className="scan-progress"
                aria-label={t('atelier.scan.progress')}
                max={100}
                {...(progressValue === null ? {} : { value: progressValue })}
              />
              <Button onClick={cancelScan}>{t('atelier.scan.cancel')}</Button>
            </>
          ) : null}
          <Button
            variant="primary"
            onClick={() => void runScan()}
            disabled={!connected || scan !== null}
            aria-keyshortcuts="Alt+S"
          >
            {scan
              ? t('atelier.scan.running')
              : outcome
                ? t('atelier.scan.rerun')
                : t('atelier.scan.run')}
          </Button>
        </div>
      </header>

      {state === 'reconnecting' ? (
        <div className="banner banner-warning link-banner" role="alert" data-link="reconnecting">
          {t('atelier.banner.reconnecting')}
        </div>
      ) : null}
      {state === 'failed' && linkLost ? (
        <div className="banner banner-error link-banner" role="alert" data-link="failed">
          {t('atelier.banner.failed', { message: status?.error?.message[lang] ?? '' })}
        </div>
      ) : null}
      {reconnected ? (
        <div className="banner banner-ok link-banner" role="status" data-link="reconnected">
          {t('atelier.banner.reconnected')}
        </div>
      ) : null}
      <ErrorBanner error={scanError} />
      {scanNotice ? (
        <p className="muted" role="status">
          {scanNotice}
        </p>
      ) : null}
      {!connected && tab !== 'connect' && !outcome ? (
        <p className="muted">{t('atelier.scan.needConnection')}</p>
      ) : null}

      <div role="tablist" aria-label={t('atelier.tabsLabel')} className="atelier-tabs no-print">
        {TABS.map((id) => (
          <button
            key={id}
            ref={(node) => {
              if (node) tabRefs.current.set(id, node);
              else tabRefs.current.delete(id);
            }}
            type="button"
            role="tab"
            id={`atelier-tab-${id}`}
            aria-selected={tab === id}
            aria-controls={`atelier-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            className="atelier-tab"
            onClick={() => open(id)}
            onKeyDown={onTabKey}
          >
            {t(`atelier.tabs.${id}`)}
          </button>
        ))}
      </div>

      {panel(
        'connect',
        <ConnectPanel
          status={status}
          adapter={adapter}
          onAdapter={setAdapter}
          onConnect={doConnect}
          onDisconnect={() => void disconnect.run({})}
          pending={connect.pending}
          error={connect.error ?? disconnect.error}
        />,
      )}
      {panel(
        'vehicle',
        <VehiclePanel
          vinFromCar={outcome?.vin ?? null}
          identification={identification}
          identifyError={identifyError}
          onIdentify={(vin) => void identify(vin)}
          onAttached={(id) => {
            setAttachedVehicle(id);
            if (identification) void identify(identification.decoded.vin);
          }}
          mileage={mileage}
          onMileage={setMileage}
          technician={technician}
          onTechnician={(value) => {
            setTechnician(value);
            localStorage.setItem(TECHNICIAN_KEY, value);
          }}
          vehicleId={vehicleId}
        />,
      )}
      {panel(
        'codes',
        <CodesPanel
          outcome={outcome}
          cleared={cleared}
          onCleared={setCleared}
          canClear={connected}
        />,
      )}
      {panel(
        'live',
        <LivePanel
          sessionId={outcome?.sessionId ?? null}
          connected={connected}
          linkState={state}
          commandsRef={liveCommands}
          replay={replay}
          onCloseReplay={() => setReplay(null)}
        />,
      )}
      {panel('report', <ReportPanel sessionId={reportSessionId ?? outcome?.sessionId ?? null} />)}
      {panel(
        'history',
        <HistoryPanel
          vehicleId={vehicleId}
          currentSessionId={outcome?.sessionId ?? null}
          onReplay={(session) => {
            setReplay({ sessionId: session.id, startedAt: session.startedAt });
            open('live');
          }}
          onOpenReport={(session) => {
            setReportSessionId(session.id);
            open('report');
          }}
        />,
      )}
      <p className="muted shortcuts no-print">{t('atelier.shortcuts')}</p>
    </section>
  );
}
