import { migration0001Initial } from './0001-initial';
import { migration0002Onboarding } from './0002-onboarding';
import { migration0003TelemetryCoveringIndex } from './0003-telemetry-covering-index';
import { migration0004TelemetryChunks } from './0004-telemetry-chunks';
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
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
