import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { findResourceDir } from '../app/resource-paths';
import type { SimScenario } from './scenario-schema';
import { simScenarioSchema } from './scenario-schema';

export interface ScenarioLocation {
  /** Folder holding `<name>.json`; defaults to `resources/sim` found by `simResourcesDir`. */
  scenariosDir?: string;
}

/** The `resources/sim` folder (see `findResourceDir` for how it is found). */
export function simResourcesDir(): string {
  const dir = findResourceDir('sim');
  if (dir === null) {
    throw new Error(
      'Simulator scenarios not found: no resources/sim above the app and NOVAEVO_RESOURCES does not point at one',
    );
  }
  return dir;
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
