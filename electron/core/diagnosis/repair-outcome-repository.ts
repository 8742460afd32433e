import type { RepairOutcomeInput, StoredRepairOutcome } from '@shared/api/diagnosis';
import type { RepairOutcome } from '@shared/diagnosis';
import type { AppDatabase } from '../db/database';
import type { RepairOutcomeTable } from '../db/schema';
import type { SyncedWriter } from '../db/synced-writer';

/** Enough resolved cases to rank causes; older ones beyond this add nothing but time. */
const MAX_CASES = 2000;

function parts(json: string): string[] {
  try {
    const value = JSON.parse(json) as unknown;
    return Array.isArray(value) ? value.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}

type Row = Pick<
  RepairOutcomeTable,
  | 'id'
  | 'sessionId'
  | 'code'
  | 'knownProblem'
  | 'causeKey'
  | 'parts'
  | 'note'
  | 'outcome'
  | 'labourHours'
  | 'technician'
  | 'recordedAt'
  | 'revision'
>;

function stored(row: Row): StoredRepairOutcome {
  return {
    id: row.id,
    sessionId: row.sessionId,
    code: row.code,
    knownProblem: row.knownProblem,
    causeKey: row.causeKey,
    parts: parts(row.parts),
    note: row.note,
    outcome: row.outcome,
    labourHours: row.labourHours,
    technician: row.technician,
    recordedAt: row.recordedAt,
    revision: row.revision,
  };
}

const COLUMNS = [
  'id',
  'sessionId',
  'code',
  'knownProblem',
  'causeKey',
  'parts',
  'note',
  'outcome',
  'labourHours',
  'technician',
  'recordedAt',
  'revision',
] as const;

/**
 * Repair outcomes (synced table `repair_outcome`, migration 0005): what the mechanic did for a
 * session and whether it fixed the car. Written only through the synced writer.
 */
export class RepairOutcomeRepository {
  constructor(
    private readonly database: AppDatabase,
    private readonly writer: SyncedWriter,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async record(input: RepairOutcomeInput): Promise<StoredRepairOutcome> {
    return this.writer.write(async (tx) => {
      await tx.getLive('diagnosticSession', input.sessionId);
      const row = await tx.insert('repairOutcome', {
        sessionId: input.sessionId,
        code: input.code,
        knownProblem: input.knownProblem,
        causeKey: input.causeKey,
        parts: JSON.stringify(input.parts),
        note: input.note,
        outcome: input.outcome,
        labourHours: input.labourHours,
        technician: input.technician,
        recordedAt: this.now().toISOString(),
      });
      return stored(row);
    });
  }

  async remove(id: string): Promise<void> {
    await this.writer.write((tx) => tx.softDelete('repairOutcome', id));
  }

  async forSession(sessionId: string): Promise<StoredRepairOutcome[]> {
    const rows = await this.database.db
      .selectFrom('repairOutcome')
      .select(COLUMNS)
      .where('sessionId', '=', sessionId)
      .where('deletedAt', 'is', null)
      .orderBy('recordedAt')
      .execute();
    return rows.map(stored);
  }

  /**
   * The garage's resolved cases that can speak about these codes or known problems (any
   * vehicle, sessions not deleted, excluding the session being diagnosed), newest first.
   */
  async casesFor(
    codes: readonly string[],
    knownProblems: readonly string[],
    excludeSession: string,
  ): Promise<RepairOutcome[]> {
    if (codes.length === 0 && knownProblems.length === 0) return [];
    const rows = await this.database.db
      .selectFrom('repairOutcome as o')
      .innerJoin('diagnosticSession as s', 's.id', 'o.sessionId')
      .select([
        'o.sessionId',
        'o.code',
        'o.knownProblem',
        'o.causeKey',
        'o.parts',
        'o.outcome',
        'o.labourHours',
      ])
      .where('o.deletedAt', 'is', null)
      .where('s.deletedAt', 'is', null)
      .where('o.sessionId', '!=', excludeSession)
      .where((eb) =>
        eb.or([
          ...(codes.length > 0 ? [eb('o.code', 'in', [...codes])] : []),
          ...(knownProblems.length > 0 ? [eb('o.knownProblem', 'in', [...knownProblems])] : []),
        ]),
      )
      .orderBy('o.recordedAt', 'desc')
      .limit(MAX_CASES)
      .execute();
    // Chronological, so that a later correction of the same session wins (relevantOutcomes).
    return rows.reverse().map((r) => ({
      sessionId: r.sessionId,
      code: r.code,
      knownProblem: r.knownProblem,
      causeKey: r.causeKey,
      parts: parts(r.parts),
      outcome: r.outcome,
      labourHours: r.labourHours,
    }));
  }
}
