import type { SessionListItem, StoredReport } from '@shared/api/diagnosis';
import { StoredReportSchema } from '@shared/api/diagnosis';
import type {
  Baseline,
  ColumnarLive,
  DiagnosisInput,
  DtcReading,
  Fuel,
  KnowledgeBase,
  LiveSummaryEntry,
  PastCase,
  PastSession,
  SessionMetrics,
  VehicleContext,
} from '@shared/diagnosis';
import { diagnose, learnBaseline } from '@shared/diagnosis';
import type { CoreContext } from '../app/core-context';
import { notFound } from '../db/synced-writer';
import { readSessionSeries } from '../db/telemetry-chunks';
import { createLogger } from '../log/logger';
import type { KnowledgeBaseHolder } from './knowledge-base-loader';
import type { RepairOutcomeRepository } from './repair-outcome-repository';
import { parseStoredScan } from './session-store';

const log = createLogger('diagnosis');

/** Past sessions whose summaries feed a baseline: the recent ones say what "usual" is now. */
const BASELINE_SESSIONS = 50;
/** learnBaseline needs three sessions per entry; below that, fall back to the model's. */
const MIN_BASELINE_SESSIONS = 3;

export type DiagnosisContext = Pick<CoreContext, 'database' | 'writer'>;

interface SessionRow {
  id: string;
  vehicleId: string | null;
  startedAt: string;
  mileageKm: number | null;
  technician: string | null;
  status: 'open' | 'closed' | 'aborted';
  scan: string | null;
  report: string | null;
  resolution: string | null;
  revision: number;
}

/**
 * Vehicle fuel as the engine's ranges know it. Hybrids, LPG and E85 cars run a petrol engine
 * with petrol sensors and trims; electric and CNG cars match neither set of ranges.
 */
function engineFuel(fuel: string | null): Fuel | undefined {
  if (fuel === null) return undefined;
  if (fuel === 'diesel') return 'diesel';
  if (['petrol', 'hybrid', 'plugin_hybrid', 'lpg', 'ethanol'].includes(fuel)) return 'petrol';
  return 'other';
}

function vehicleContext(row: {
  make: string | null;
  model: string | null;
  engine: string | null;
  fuel: string | null;
  year: number | null;
}): VehicleContext {
  const fuel = engineFuel(row.fuel);
  return {
    ...(row.make !== null ? { make: row.make } : {}),
    ...(row.model !== null ? { model: row.model } : {}),
    ...(row.engine !== null ? { engine: row.engine } : {}),
    ...(fuel !== undefined ? { fuel } : {}),
    ...(row.year !== null ? { year: row.year } : {}),
  };
}

function parseReport(json: string | null): StoredReport | null {
  if (json === null) return null;
  try {
    const parsed = StoredReportSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The live summary and metrics of a stored report, without validating the whole report. */
function storedParts(json: string | null): {
  summary: LiveSummaryEntry[] | null;
  metrics: SessionMetrics | null;
} {
  if (json === null) return { summary: null, metrics: null };
  try {
    const value = JSON.parse(json) as { report?: { liveSummary?: unknown; metrics?: unknown } };
    const summary = value.report?.liveSummary;
    const metrics = value.report?.metrics;
    return {
      summary:
        Array.isArray(summary) && summary.length > 0 ? (summary as LiveSummaryEntry[]) : null,
      metrics:
        metrics !== null &&
        typeof metrics === 'object' &&
        Array.isArray((metrics as SessionMetrics).mode06)
          ? (metrics as SessionMetrics)
          : null,
    };
  } catch {
    return { summary: null, metrics: null };
  }
}

function liveSummaryOf(json: string | null): LiveSummaryEntry[] | null {
  return storedParts(json).summary;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Builds the diagnosis input of a stored session from the database (codes, readiness, live data,
 * vehicle, history, baseline, similar cases), runs the engine and stores the report.
 */
export class DiagnosisService {
  constructor(
    private readonly context: DiagnosisContext,
    private readonly knowledgeBaseHolder: KnowledgeBaseHolder,
    private readonly outcomes: RepairOutcomeRepository,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private get db() {
    return this.context.database.db;
  }

  /** The repair outcomes this service ranks causes with (record, list, withdraw). */
  get repairOutcomes(): RepairOutcomeRepository {
    return this.outcomes;
  }

  /** The core's knowledge base, loaded on first use (a bilingual AppError if unusable). */
  knowledgeBase(): KnowledgeBase {
    return this.knowledgeBaseHolder.get();
  }

  private async session(sessionId: string): Promise<SessionRow> {
    const row = await this.db
      .selectFrom('diagnosticSession')
      .select([
        'id',
        'vehicleId',
        'startedAt',
        'mileageKm',
        'technician',
        'status',
        'scan',
        'report',
        'resolution',
        'revision',
      ])
      .where('id', '=', sessionId)
      .where('deletedAt', 'is', null)
      .executeTakeFirst();
    if (!row) throw notFound('diagnosticSession', sessionId);
    return row;
  }

  private async codesBySession(sessionIds: readonly string[]) {
    const out = new Map<string, { code: string; status: DtcReading['status'] }[]>();
    // SQLite limits bound parameters; 500 per query stays far below it.
    for (const ids of chunks(sessionIds, 500)) {
      const rows = await this.db
        .selectFrom('dtcReading')
        .select(['sessionId', 'code', 'status'])
        .where('sessionId', 'in', ids)
        .where('deletedAt', 'is', null)
        .execute();
      for (const row of rows) {
        const list = out.get(row.sessionId) ?? [];
        list.push({ code: row.code, status: row.status });
        out.set(row.sessionId, list);
      }
    }
    return out;
  }

  /**
   * Live data as one time-sorted column pair per PID. When several ECUs report the same PID
   * (engine and gearbox both send coolant temperature), the ECU with the most samples is kept:
   * interleaving two sensors would look like a noisy signal to the anomaly detection.
   */
  loadLive(sessionId: string): ColumnarLive {
    // One row per (batch, PID, ECU): each chunk's bytes are copied straight into the columns.
    const live: ColumnarLive = {};
    for (const { pid, t, v } of readSessionSeries(this.context.database.raw, sessionId)) {
      live[pid] = { t, v };
    }
    return live;
  }

  private async vehicleOf(session: SessionRow) {
    if (session.vehicleId === null) return null;
    const row = await this.db
      .selectFrom('vehicle')
      .select(['id', 'make', 'model', 'engine', 'fuel', 'year'])
      .where('id', '=', session.vehicleId)
      .executeTakeFirst();
    if (!row) return null;
    const reading = await this.db
      .selectFrom('mileageReading')
      .select('km')
      .where('vehicleId', '=', row.id)
      .where('deletedAt', 'is', null)
      .where('readAt', '<=', session.startedAt)
      .orderBy('readAt', 'desc')
      .executeTakeFirst();
    const mileageKm = session.mileageKm ?? reading?.km ?? null;
    return {
      row,
      context: { ...vehicleContext(row), ...(mileageKm !== null ? { mileageKm } : {}) },
    };
  }

  /** The vehicle's sessions before this one, with what the engine needs of each. */
  private async history(session: SessionRow): Promise<{
    history: PastSession[];
    summaries: LiveSummaryEntry[][];
  }> {
    if (session.vehicleId === null) return { history: [], summaries: [] };
    const rows = await this.db
      .selectFrom('diagnosticSession')
      .select(['id', 'startedAt', 'mileageKm', 'scan', 'report', 'resolution'])
      .where('vehicleId', '=', session.vehicleId)
      .where('deletedAt', 'is', null)
      .where('id', '!=', session.id)
      .where('startedAt', '<=', session.startedAt)
      .orderBy('startedAt', 'desc')
      .execute();
    const codes = await this.codesBySession(rows.map((r) => r.id));
    const summaries: LiveSummaryEntry[][] = [];
    const history = rows.map((row): PastSession => {
      const { summary, metrics } = storedParts(row.report);
      if (summary && summaries.length < BASELINE_SESSIONS) summaries.push(summary);
      return {
        id: row.id,
        date: row.startedAt,
        ...(row.mileageKm !== null ? { mileageKm: row.mileageKm } : {}),
        codes: codes.get(row.id) ?? [],
        cleared: parseStoredScan(row.scan)?.cleared ?? false,
        ...(row.resolution !== null ? { resolution: { text: row.resolution } } : {}),
        ...(summary ? { liveSummary: summary } : {}),
        ...(metrics ? { metrics } : {}),
      };
    });
    return { history, summaries };
  }

  /**
   * The vehicle's own baseline when it has enough past sessions, else one learned from other
   * vehicles of the same make and model (a first visit still gets "usual for a Clio IV").
   */
  private async baseline(
    session: SessionRow,
    vehicle: { make: string | null; model: string | null } | null,
    ownSummaries: LiveSummaryEntry[][],
  ): Promise<Baseline | undefined> {
    if (ownSummaries.length >= MIN_BASELINE_SESSIONS) {
      const own = learnBaseline(ownSummaries, 'vehicle');
      if (own.entries.length > 0) return own;
    }
    if (!vehicle?.make || !vehicle.model) return undefined;
    const rows = await this.db
      .selectFrom('diagnosticSession as s')
      .innerJoin('vehicle as v', 'v.id', 's.vehicleId')
      .select('s.report')
      .where('s.deletedAt', 'is', null)
      .where('s.id', '!=', session.id)
      .where('s.startedAt', '<=', session.startedAt)
      .where('s.report', 'is not', null)
      .where((eb) => eb.fn('lower', ['v.make']), '=', vehicle.make.toLowerCase())
      .where((eb) => eb.fn('lower', ['v.model']), '=', vehicle.model.toLowerCase())
      .orderBy('s.startedAt', 'desc')
      .limit(BASELINE_SESSIONS)
      .execute();
    const summaries = rows
      .map((r) => liveSummaryOf(r.report))
      .filter((s): s is LiveSummaryEntry[] => s !== null);
    if (summaries.length < MIN_BASELINE_SESSIONS) return undefined;
    const model = learnBaseline(summaries, 'model');
    return model.entries.length > 0 ? model : undefined;
  }

  /** Resolved sessions of any vehicle sharing at least one code with this one. */
  private async cases(session: SessionRow, codes: readonly string[]): Promise<PastCase[]> {
    if (codes.length === 0) return [];
    const rows = await this.db
      .selectFrom('diagnosticSession as s')
      .leftJoin('vehicle as v', 'v.id', 's.vehicleId')
      .select(['s.id', 's.resolution', 'v.make', 'v.model', 'v.engine', 'v.fuel', 'v.year'])
      .where('s.deletedAt', 'is', null)
      .where('s.resolution', 'is not', null)
      .where('s.id', '!=', session.id)
      .where('s.id', 'in', (eb) =>
        eb
          .selectFrom('dtcReading')
          .select('sessionId')
          .where('code', 'in', [...codes])
          .where('deletedAt', 'is', null),
      )
      .orderBy('s.startedAt', 'desc')
      .limit(500)
      .execute();
    const codeMap = await this.codesBySession(rows.map((r) => r.id));
    return rows.map((row) => {
      const caseCodes = [...new Set((codeMap.get(row.id) ?? []).map((c) => c.code))];
      return {
        sessionId: row.id,
        vehicle: vehicleContext(row),
        codes: caseCodes,
        resolution: { text: row.resolution ?? '', codes: caseCodes },
      };
    });
  }

  /** Known problems the session's codes (or its live data alone) can match, for their cases. */
  private candidateProblems(codes: readonly string[]): string[] {
    const kb = this.knowledgeBase();
    const ids = new Set(kb.liveOnlyProblems.map((p) => p.id));
    for (const code of codes) for (const p of kb.problemsByCode.get(code) ?? []) ids.add(p.id);
    return [...ids];
  }

  /** Everything the engine needs about a stored session, read from the database. */
  async buildInput(sessionId: string): Promise<DiagnosisInput> {
    const session = await this.session(sessionId);
    const readings = await this.db
      .selectFrom('dtcReading')
      .select(['code', 'ecu', 'status', 'freezeFrame'])
      .where('sessionId', '=', sessionId)
      .where('deletedAt', 'is', null)
      .orderBy('readAt')
      .execute();
    const dtcs: DtcReading[] = readings.map((r) => ({
      code: r.code,
      ecu: r.ecu,
      status: r.status,
      ...(r.freezeFrame !== null
        ? { freezeFrame: JSON.parse(r.freezeFrame) as Record<string, number> }
        : {}),
    }));
    const scan = parseStoredScan(session.scan);
    const vehicle = await this.vehicleOf(session);
    const { history, summaries } = await this.history(session);
    const baseline = await this.baseline(session, vehicle?.row ?? null, summaries);
    const codes = [...new Set(dtcs.map((d) => d.code))];
    const cases = await this.cases(session, codes);
    const outcomes = await this.outcomes.casesFor(codes, this.candidateProblems(codes), session.id);
    return {
      sessionId: session.id,
      sessionDate: session.startedAt,
      dtcs,
      ...(scan?.monitorTests ? { monitorTests: scan.monitorTests } : {}),
      outcomes,
      ...(scan?.readiness ? { readiness: scan.readiness } : {}),
      live: this.loadLive(sessionId),
      ...(vehicle ? { vehicle: vehicle.context } : {}),
      history,
      cases,
      ...(baseline ? { baseline } : {}),
    };
  }

  /** Diagnoses a stored session and stores the report with it (replacing an older one). */
  async diagnoseSession(sessionId: string): Promise<StoredReport> {
    const kb = this.knowledgeBase();
    const started = performance.now();
    const input = await this.buildInput(sessionId);
    const loaded = performance.now();
    const report = diagnose(input, kb);
    const stored: StoredReport = {
      sessionId,
      vehicleId: (await this.session(sessionId)).vehicleId,
      diagnosedAt: this.now().toISOString(),
      report,
    };
    await this.context.writer.write(async (tx) => {
      await tx.update('diagnosticSession', sessionId, null, { report: JSON.stringify(stored) });
    });
    log.debug('session diagnosed', {
      sessionId,
      overall: report.overall,
      findings: report.findings.length,
      loadMs: Math.round(loaded - started),
      diagnoseMs: Math.round(performance.now() - loaded),
    });
    return stored;
  }

  async getReport(sessionId: string): Promise<StoredReport | null> {
    const session = await this.session(sessionId);
    const stored = parseReport(session.report);
    return stored ? { ...stored, vehicleId: session.vehicleId } : null;
  }

  private toListItem(row: SessionRow, codes: readonly string[]): SessionListItem {
    let overall: SessionListItem['overall'] = null;
    if (row.report !== null) {
      const value = (JSON.parse(row.report) as { report?: { overall?: unknown } }).report?.overall;
      if (value === 'rouge' || value === 'orange' || value === 'jaune' || value === 'ok') {
        overall = value;
      }
    }
    return {
      id: row.id,
      vehicleId: row.vehicleId,
      startedAt: row.startedAt,
      mileageKm: row.mileageKm,
      technician: row.technician,
      status: row.status,
      codes: [...new Set(codes)].sort(),
      overall,
      resolution: row.resolution,
      revision: row.revision,
    };
  }

  async listSessions(vehicleId: string): Promise<SessionListItem[]> {
    const rows = await this.db
      .selectFrom('diagnosticSession')
      .select([
        'id',
        'vehicleId',
        'startedAt',
        'mileageKm',
        'technician',
        'status',
        'scan',
        'report',
        'resolution',
        'revision',
      ])
      .where('vehicleId', '=', vehicleId)
      .where('deletedAt', 'is', null)
      .orderBy('startedAt', 'desc')
      .execute();
    const codes = await this.codesBySession(rows.map((r) => r.id));
    return rows.map((row) =>
      this.toListItem(
        row,
        (codes.get(row.id) ?? []).map((c) => c.code),
      ),
    );
  }

  async recordResolution(sessionId: string, text: string): Promise<SessionListItem> {
    await this.context.writer.write(async (tx) => {
      await tx.update('diagnosticSession', sessionId, null, { resolution: text.trim() });
    });
    const row = await this.session(sessionId);
    const codes = await this.codesBySession([sessionId]);
    return this.toListItem(
      row,
      (codes.get(sessionId) ?? []).map((c) => c.code),
    );
  }
}
