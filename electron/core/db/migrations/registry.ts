import { migration0001Initial } from './0001-initial';
import { migration0002Onboarding } from './0002-onboarding';
import { migration0003TelemetryCoveringIndex } from './0003-telemetry-covering-index';
import { migration0004TelemetryChunks } from './0004-telemetry-chunks';
import { migration0005RepairOutcome } from './0005-repair-outcome';
import { migration0006Recalls } from './0006-recalls';
import type { Migration } from './migration';

/**
 * Imported statically: a directory scan would break once the core is bundled.
 * Append only; a shipped migration is never edited.
 */
export const MIGRATIONS: readonly Migration[] = [
  migration0001Initial,
  migration0002Onboarding,
  migration0003TelemetryCoveringIndex,
  migration0004TelemetryChunks,
  migration0005RepairOutcome,
  migration0006Recalls,
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
