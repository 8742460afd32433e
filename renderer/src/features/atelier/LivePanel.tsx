import type { RefObject } from 'react';
import { useCallback, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '@shared/api/contract';
import type { ApiError } from '@shared/api/errors';
import { toApiError, useApi } from '../../api/hooks';
import { Button, ErrorBanner } from '../../ui/components';
import {
  digitsFor,
  downloadBlob,
  formatDateTime,
  pidLabel,
  unitLabel,
  useLang,
} from './atelier-ui';
import type { LiveBoard, SeriesMeta } from './live-board';
import { LiveStore, groupByUnit, mergeSeries } from './live-store';

type SupportedPid = ApiOutput<'obd.supportedPids'>['pids'][number];

export interface LiveCommands {
  toggleLive(): void;
  toggleRecord(): void;
  focusMarker(): void;
}

const PIDS_STORAGE_KEY = 'novaevo.atelier.pids';
const DEFAULT_PIDS = ['0C', '0D', '05', '04', '11', '0B', '0F', '10', '06', '07', '0E', '42'];
const MAX_PIDS = 12;
const RATES = [1, 2, 5, 10] as const;
/**
 * Two minutes on screen: a road-test segment or a warm-up step, and few enough points for a
 * software-rendered canvas to redraw 12 series at 10 Hz without dropping frames.
 */
const WINDOW_MS = 2 * 60_000;
const PALETTE = [
  '#3d8bfd',
  '#30a46c',
  '#f76b15',
  '#ffc53d',
  '#e5484d',
  '#8e4ec6',
  '#12a594',
  '#d6409f',
  '#70b8ff',
  '#a18072',
  '#bdee63',
  '#ff977d',
];

function storedSelection(): string[] | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(PIDS_STORAGE_KEY) ?? 'null');
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : null;
  } catch {
    return null;
  }
}

export function LivePanel({
  sessionId,
  connected,
  linkState,
  commandsRef,
  replay,
  onCloseReplay,
}: {
  sessionId: string | null;
  connected: boolean;
  /** The adapter link state: live data resumes by itself after a reconnection. */
  linkState: string;
  commandsRef: RefObject<LiveCommands | null>;
  replay: { sessionId: string; startedAt: string } | null;
  onCloseReplay: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const api = useApi();
  const titleId = useId();
  const [supported, setSupported] = useState<SupportedPid[] | null>(null);
  const [selection, setSelection] = useState<string[]>(() => storedSelection() ?? []);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [rate, setRate] = useState<number>(10);
  const [running, setRunning] = useState(false);
  const [recording, setRecording] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [markerLabel, setMarkerLabel] = useState('');
  const [boardPids, setBoardPids] = useState<Array<{ pid: string; meta: SeriesMeta }>>([]);
  const [replayEmpty, setReplayEmpty] = useState(false);
  const markers = useRef<Array<{ t: number; label: string }>>([]);
  const chartsRef = useRef<HTMLDivElement>(null);
  const gaugesRef = useRef<HTMLDivElement>(null);
  const markerInput = useRef<HTMLInputElement>(null);
  const board = useRef<LiveBoard | null>(null);
  const store = useRef<LiveStore | null>(null);
  const boardGeneration = useRef(0);
  const liveMode = useRef(false);
  const recordingRef = useRef(false);

  // The PIDs the car supports, asked again after each (re)connection.
  useEffect(() => {
    if (!connected) return undefined;
    let current = true;
    api
      .call('obd.supportedPids', {})
      .then((result) => {
        if (!current) return;
        setSupported(result.pids);
        setSelection((previous) => {
          const numeric = new Set(result.pids.filter((p) => p.numeric).map((p) => p.pid));
          const kept = previous.filter((pid) => numeric.has(pid));
          return kept.length > 0
            ? kept
            : DEFAULT_PIDS.filter((pid) => numeric.has(pid)).slice(0, MAX_PIDS);
        });
      })
      .catch((caught: unknown) => {
        if (current) setError(toApiError(caught));
      });
    return () => {
      current = false;
    };
  }, [api, connected]);

  const metaFor = useCallback(
    (pid: string, name: string, unit: string | null, index: number): SeriesMeta => ({
      label: pidLabel(t, pid, name),
      unitLabel: unitLabel(t, unit),
      color: PALETTE[index % PALETTE.length] ?? '#3d8bfd',
      digits: digitsFor(unit),
    }),
    [t],
  );

  /** Replaces the board (charts + gauges) by one for `pids`, fed by the returned store. */
  const buildBoard = useCallback(
    async (
      pids: Array<{ pid: string; name: string; unit: string | null }>,
      windowMs: number | null,
    ): Promise<LiveStore | null> => {
      const generation = ++boardGeneration.current;
      board.current?.destroy();
      board.current = null;
      const meta = new Map(pids.map((p, index) => [p.pid, metaFor(p.pid, p.name, p.unit, index)]));
      const nextStore = new LiveStore(groupByUnit(pids), { windowMs });
      store.current = nextStore;
      setBoardPids(pids.map((p) => ({ pid: p.pid, meta: meta.get(p.pid) as SeriesMeta })));
      // uPlot and its CSS load only when a chart is first needed.
      const { LiveBoard: Board } = await import('./live-board');
      if (generation !== boardGeneration.current || !chartsRef.current) return null;
      board.current = new Board(chartsRef.current, nextStore, meta, {
        windowMs,
        locale: lang === 'en' ? 'en-GB' : 'fr-FR',
        groupLabel: (unit, labels) =>
          t('atelier.live.chartLabel', { unit, labels: labels.join(', ') }),
      });
      board.current.setMarkers(markers.current);
      board.current.bindGauges(gaugesRef.current);
      return nextStore;
    },
    [lang, metaFor, t],
  );

  // Gauges are rendered by React; the board writes their numbers once they are in the DOM.
  useEffect(() => {
    board.current?.bindGauges(gaugesRef.current);
  }, [boardPids]);

  useEffect(
    () => () => {
      boardGeneration.current++;
      board.current?.destroy();
      board.current = null;
    },
    [],
  );

  // Samples go straight into the store: no React state per sample.
  useEffect(
    () =>
      api.on('obd.samples', (payload) => {
        if (!liveMode.current) return;
        const target = store.current;
        if (target) for (const s of payload.samples) target.push(s.pid, s.t, s.value);
        if (payload.recording !== recordingRef.current) {
          recordingRef.current = payload.recording;
          setRecording(payload.recording);
        }
      }),
    [api],
  );

  // Replay: the stored samples of a past session on the same charts, whole recording shown.
  useEffect(() => {
    if (!replay) return undefined;
    let current = true;
    liveMode.current = false;
    api
      .call('obd.liveSeries', { sessionId: replay.sessionId })
      .then(async (result) => {
        if (!current) return;
        setReplayEmpty(result.series.length === 0);
        markers.current = result.markers.map((m) => ({ t: m.t, label: m.label }));
        const target = await buildBoard(
          result.series.map((s) => ({ pid: s.pid, name: s.name, unit: s.unit })),
          null,
        );
        if (!target || !current) return;
        for (const sample of mergeSeries(result.series))
          target.push(sample.pid, sample.t, sample.v);
      })
      .catch((caught: unknown) => {
        if (current) setError(toApiError(caught));
      });
    return () => {
      current = false;
    };
  }, [api, replay, buildBoard]);

  const pidInfo = useCallback(
    (pid: string) => supported?.find((p) => p.pid === pid) ?? { pid, name: pid, unit: null },
    [supported],
  );

  // A start asked for (button or Alt+L/Alt+R) while the car's PIDs are still being listed, as
  // happens when a shortcut opens the panel for the first time: it runs once they are known.
  const pendingStart = useRef<boolean | null>(null);

  const start = useCallback(
    async (record: boolean) => {
      if (!sessionId) return;
      if (selection.length === 0) {
        if (supported === null) pendingStart.current = record;
        return;
      }
      setBusy(true);
      setError(null);
      try {
        if (replay) onCloseReplay();
        markers.current = [];
        const target = await buildBoard(selection.map(pidInfo), WINDOW_MS);
        liveMode.current = target !== null;
        await api.call('obd.startLive', { sessionId, pids: selection, rateHz: rate, record });
        setRunning(true);
        recordingRef.current = record;
        setRecording(record);
      } catch (caught) {
        liveMode.current = false;
        setError(toApiError(caught));
      } finally {
        setBusy(false);
      }
    },
    [api, buildBoard, onCloseReplay, pidInfo, rate, replay, selection, sessionId, supported],
  );

  useEffect(() => {
    if (pendingStart.current === null || selection.length === 0) return;
    const record = pendingStart.current;
    pendingStart.current = null;
    void start(record);
  }, [selection, start]);

  const stop = useCallback(async () => {
    setBusy(true);
    try {
      await api.call('obd.stopLive', {});
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      // The charts stay on screen after a stop so the last minutes can still be read.
      liveMode.current = false;
      setRunning(false);
      recordingRef.current = false;
      setRecording(false);
      setBusy(false);
    }
  }, [api]);

  // The core ends polling when the link drops (what was recorded is committed); once the
  // adapter is back, polling restarts on the same charts, recording again if it was.
  const [previousLink, setPreviousLink] = useState(linkState);
  const [resumeRecord, setResumeRecord] = useState<boolean | null>(null);
  if (linkState !== previousLink) {
    setPreviousLink(linkState);
    if (linkState === 'reconnecting' && running) {
      setResumeRecord(recording);
      setRunning(false);
    } else if (linkState === 'closed' || linkState === 'failed') {
      setResumeRecord(null);
      setRunning(false);
    }
  }
  const resuming = useRef(false);
  useEffect(() => {
    if (linkState !== 'ready' || resumeRecord === null || !sessionId || resuming.current) return;
    resuming.current = true;
    api
      .call('obd.startLive', { sessionId, pids: selection, rateHz: rate, record: resumeRecord })
      .then(() => {
        setRunning(true);
        recordingRef.current = resumeRecord;
        setRecording(resumeRecord);
      })
      .catch((caught: unknown) => setError(toApiError(caught)))
      .finally(() => {
        resuming.current = false;
        setResumeRecord(null);
      });
  }, [api, linkState, rate, resumeRecord, selection, sessionId]);

  const toggleRecord = useCallback(async () => {
    if (!running) return start(true);
    try {
      const result = await api.call('obd.setRecording', { record: !recordingRef.current });
      recordingRef.current = result.recording;
      setRecording(result.recording);
    } catch (caught) {
      setError(toApiError(caught));
    }
    return undefined;
  }, [api, running, start]);

  const addMarker = useCallback(async () => {
    const label = markerLabel.trim();
    if (!sessionId || label === '') return;
    try {
      const marker = await api.call('obd.addMarker', { sessionId, label });
      markers.current = [...markers.current, { t: marker.t, label: marker.label }];
      board.current?.setMarkers(markers.current);
      setMarkerLabel('');
      setNotice(t('atelier.live.markerAdded', { label: marker.label }));
    } catch (caught) {
      setError(toApiError(caught));
    }
  }, [api, markerLabel, sessionId, t]);

  const exportCsv = useCallback(async () => {
    const id = replay?.sessionId ?? sessionId;
    if (!id) return;
    try {
      const result = await api.call('obd.exportCsv', { sessionId: id });
      downloadBlob(new Blob([result.csv], { type: 'text/csv;charset=utf-8' }), result.fileName);
      setNotice(t('atelier.live.exported', { rows: result.rows, file: result.fileName }));
    } catch (caught) {
      setError(toApiError(caught));
    }
  }, [api, replay, sessionId, t]);

  useEffect(() => {
    commandsRef.current = {
      toggleLive: () => void (running ? stop() : start(false)),
      toggleRecord: () => void toggleRecord(),
      focusMarker: () => markerInput.current?.focus(),
    };
  }, [commandsRef, running, start, stop, toggleRecord]);

  const toggle = (pid: string) => {
    setSelection((previous) => {
      const next = previous.includes(pid)
        ? previous.filter((p) => p !== pid)
        : previous.length >= MAX_PIDS
          ? previous
          : [...previous, pid];
      localStorage.setItem(PIDS_STORAGE_KEY, JSON.stringify(next));
      return next;
    });
  };

  const needle = deferredQuery.trim().toLowerCase();
  const filtered = (supported ?? []).filter((p) => {
    if (needle === '') return true;
    return (
      pidLabel(t, p.pid, p.name).toLowerCase().includes(needle) ||
      p.name.toLowerCase().includes(needle) ||
      p.pid.toLowerCase() === needle
    );
  });

  return (
    <section className="card atelier-live" aria-labelledby={titleId}>
      <h2 id={titleId}>
        {replay
          ? t('atelier.live.replay', { date: formatDateTime(replay.startedAt, lang) })
          : t('atelier.live.title')}
      </h2>
      {!sessionId && !replay ? <p className="empty">{t('atelier.live.needScan')}</p> : null}
      <ErrorBanner error={error} />
      {notice ? (
        <p className="muted" role="status">
          {notice}
        </p>
      ) : null}

      {replay ? (
        <div className="actions">
          <Button onClick={onCloseReplay}>{t('atelier.live.closeReplay')}</Button>
          <Button onClick={() => void exportCsv()}>{t('atelier.live.exportCsv')}</Button>
          <span className="muted">{t('atelier.live.zoomHint')}</span>
          {replayEmpty ? <p className="empty">{t('atelier.live.replayEmpty')}</p> : null}
        </div>
      ) : (
        <>
          <div className="live-toolbar">
            <Button
              variant="primary"
              onClick={() => void (running ? stop() : start(false))}
              disabled={busy || !sessionId || !connected || selection.length === 0}
              aria-keyshortcuts="Alt+L"
            >
              {running ? t('atelier.live.stop') : t('atelier.live.start')}
            </Button>
            <Button
              variant={recording ? 'danger' : 'secondary'}
              onClick={() => void toggleRecord()}
              disabled={busy || !sessionId || !connected || selection.length === 0}
              aria-pressed={recording}
              aria-keyshortcuts="Alt+R"
            >
              <span aria-hidden="true" className={`rec-dot ${recording ? 'on' : ''}`} />
              {recording ? t('atelier.live.stopRecord') : t('atelier.live.record')}
            </Button>
            <span className={`rec-state ${recording ? 'on' : ''}`} role="status">
              {recording ? t('atelier.live.recording') : t('atelier.live.notRecording')}
            </span>
            <label className="rate">
              {t('atelier.live.rate')}
              <select
                value={rate}
                disabled={running}
                onChange={(event) => setRate(Number(event.target.value))}
              >
                {RATES.map((hz) => (
                  <option key={hz} value={hz}>
                    {t('atelier.live.rateValue', { hz })}
                  </option>
                ))}
              </select>
            </label>
            <form
              className="marker-form"
              onSubmit={(event) => {
                event.preventDefault();
                void addMarker();
              }}
            >
              <label className="visually-hidden" htmlFor={`${titleId}-marker`}>
                {t('atelier.live.markerLabel')}
              </label>
              <input
                id={`${titleId}-marker`}
                ref={markerInput}
                value={markerLabel}
                maxLength={100}
                placeholder={t('atelier.live.markerPlaceholder')}
                onChange={(event) => setMarkerLabel(event.target.value)}
                disabled={!sessionId}
                aria-keyshortcuts="Alt+M"
              />
              <Button type="submit" disabled={!sessionId || markerLabel.trim() === ''}>
                {t('atelier.live.addMarker')}
              </Button>
            </form>
            <Button onClick={() => void exportCsv()} disabled={!sessionId}>
              {t('atelier.live.exportCsv')}
            </Button>
          </div>

          <details className="pid-picker" open={!running}>
            <summary>
              {t('atelier.live.pids')} — {t('atelier.live.selected', { count: selection.length })}
            </summary>
            <label className="visually-hidden" htmlFor={`${titleId}-search`}>
              {t('atelier.live.search')}
            </label>
            <input
              id={`${titleId}-search`}
              type="search"
              value={query}
              placeholder={t('atelier.live.searchPlaceholder')}
              onChange={(event) => setQuery(event.target.value)}
            />
            {selection.length === 0 ? <p className="muted">{t('atelier.live.noPids')}</p> : null}
            {selection.length >= MAX_PIDS ? (
              <p className="muted">{t('atelier.live.maxReached', { max: MAX_PIDS })}</p>
            ) : null}
            <ul className="pid-list">
              {filtered.map((p) => (
                <li key={p.pid}>
                  <label className={selection.includes(p.pid) ? 'active' : ''}>
                    <input
                      type="checkbox"
                      checked={selection.includes(p.pid)}
                      disabled={
                        running ||
                        !p.numeric ||
                        (!selection.includes(p.pid) && selection.length >= MAX_PIDS)
                      }
                      onChange={() => toggle(p.pid)}
                    />
                    <span>
                      {pidLabel(t, p.pid, p.name)}{' '}
                      <span className="muted mono">
                        {p.pid}
                        {p.unit ? ` · ${unitLabel(t, p.unit)}` : ''}
                      </span>
                      {!p.numeric ? (
                        <span className="muted"> · {t('atelier.live.textOnly')}</span>
                      ) : null}
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}

      <div className="gauges" ref={gaugesRef}>
        {boardPids.map(({ pid, meta }) => (
          <div
            key={pid}
            className="gauge"
            data-gauge={pid}
            role="group"
            aria-label={meta.label}
            style={{ borderTopColor: meta.color }}
          >
            <p className="gauge-name">{meta.label}</p>
            <p className="gauge-value">
              <span data-stat="value" aria-live="off">
                —
              </span>{' '}
              <span className="gauge-unit">{meta.unitLabel}</span>
            </p>
            <p className="gauge-stats">
              {t('atelier.live.min')} <span data-stat="min">—</span> · {t('atelier.live.max')}{' '}
              <span data-stat="max">—</span> · {t('atelier.live.avg')}{' '}
              <span data-stat="avg">—</span>
            </p>
          </div>
        ))}
      </div>
      <div className="charts" ref={chartsRef} />
    </section>
  );
}
