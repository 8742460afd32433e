import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { SimScenario } from './scenario-schema';
import { simScenarioSchema } from './scenario-schema';

export interface ScenarioLocation {
  /** Folder holding `<name>.json`; defaults to `resources/sim` found by `simResourcesDir`. */
  scenariosDir?: string;
}

/**
 * `$NOVAEVO_RESOURCES/sim` when set (packaged app, CLI from elsewhere); otherwise the
 * first ancestor of this module holding `resources/sim`, so it works from the source
 * tree and from a bundle in `out/`.
 */
export function simResourcesDir(): string {
  const fromEnv = process.env['NOVAEVO_RESOURCES'];
  if (fromEnv !== undefined && fromEnv !== '') return resolve(fromEnv, 'sim');
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'resources', 'sim');
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        'Simulator scenarios not found: no resources/sim above ' +
          `${fileURLToPath(import.meta.url)} and NOVAEVO_RESOURCES is not set`,
      );
    }
    dir = parent;
  }
}

export function listScenarios(location: ScenarioLocation = {}): string[] {
  const dir = location.scenariosDir ?? simResourcesDir();
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
}

/** Validates parsed JSON; errors name the file and every problem with its path. */
export function parseScenario(json: unknown, source: string): SimScenario {
  const result = simScenarioSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`Invalid simulator scenario ${source}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export function loadScenario(name: string, location: ScenarioLocation = {}): SimScenario {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name)) {
    throw new Error(`Invalid scenario name "${name}" (kebab-case letters and digits only)`);
  }
  const dir = location.scenariosDir ?? simResourcesDir();
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) {
    throw new Error(
      `Unknown simulator scenario "${name}" (no ${file}); known: ${listScenarios({ scenariosDir: dir }).join(', ')}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Invalid simulator scenario ${file}: not JSON (${(error as Error).message})`, {
      cause: error,
    });
  }
  const scenario = parseScenario(json, file);
  if (scenario.name !== name) {
    throw new Error(
      `Invalid simulator scenario ${file}: "name" is "${scenario.name}", expected "${name}"`,
    );
  }
  return scenario;
}
