import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/api/errors';
import type { KnowledgeBase, KnowledgeBaseFiles } from '@shared/diagnosis';
import { KnowledgeBaseError, parseKnowledgeBase } from '@shared/diagnosis';
import { createLogger } from '../log/logger';
import { findResourceDir } from '../app/resource-paths';

const log = createLogger('diagnosis');

/** The files of resources/diagnosis and the key each one has in `KnowledgeBaseFiles`. */
export const KNOWLEDGE_BASE_FILES: Record<keyof KnowledgeBaseFiles, string> = {
  dtcGeneric: 'dtc-generic.json',
  knownProblems: 'known-problems.json',
  liveRanges: 'live-ranges.json',
  criticalityRules: 'criticality-rules.json',
  contextRules: 'context-rules.json',
};

function invalid(fr: string, en: string, details: Record<string, unknown>): AppError {
  return new AppError(
    'KNOWLEDGE_BASE_INVALID',
    {
      fr: `Base de connaissances du diagnostic inutilisable : ${fr} Réinstallez l’application ou indiquez le dossier des ressources avec NOVAEVO_RESOURCES.`,
      en: `Diagnosis knowledge base unusable: ${en} Reinstall the app or point NOVAEVO_RESOURCES at the resources folder.`,
    },
    details,
  );
}

export function diagnosisResourcesDir(): string {
  const dir = findResourceDir('diagnosis');
  if (dir === null) {
    throw invalid(
      'dossier resources/diagnosis introuvable.',
      'resources/diagnosis folder not found.',
      { env: process.env['NOVAEVO_RESOURCES'] ?? null },
    );
  }
  return dir;
}

function readJson(dir: string, file: string): unknown {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw invalid(`fichier ${path} absent ou illisible.`, `file ${path} missing or unreadable.`, {
      path,
      cause: String(error),
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalid(`fichier ${path} : JSON mal formé.`, `file ${path}: malformed JSON.`, {
      path,
      cause: String(error),
    });
  }
}

/** Reads and validates the knowledge base; every failure is a bilingual AppError. */
export function loadKnowledgeBase(dir: string = diagnosisResourcesDir()): KnowledgeBase {
  const started = performance.now();
  const files = {
    dtcGeneric: readJson(dir, KNOWLEDGE_BASE_FILES.dtcGeneric),
    knownProblems: readJson(dir, KNOWLEDGE_BASE_FILES.knownProblems),
    liveRanges: readJson(dir, KNOWLEDGE_BASE_FILES.liveRanges),
    criticalityRules: readJson(dir, KNOWLEDGE_BASE_FILES.criticalityRules),
    contextRules: readJson(dir, KNOWLEDGE_BASE_FILES.contextRules),
  };
  try {
    const kb = parseKnowledgeBase(files);
    log.info('knowledge base loaded', {
      version: kb.version,
      codes: kb.codes.size,
      ms: Math.round(performance.now() - started),
    });
    return kb;
  } catch (error) {
    if (error instanceof KnowledgeBaseError) {
      const path = join(dir, KNOWLEDGE_BASE_FILES[error.file]);
      const issues = error.issues.slice(0, 5).join(' ; ');
      throw invalid(
        `fichier ${path} non conforme (${issues}).`,
        `file ${path} invalid (${issues}).`,
        {
          path,
          issues: error.issues,
        },
      );
    }
    throw error;
  }
}

/**
 * Loads on first use, then keeps it: parsing and validating ~9,000 codes costs about 100 ms,
 * which a core should pay once, and not at all when no diagnosis is asked for. A failed load is
 * not cached, so fixing the files does not need a restart.
 */
export class KnowledgeBaseHolder {
  private kb: KnowledgeBase | null = null;

  constructor(private readonly dir?: string) {}

  get(): KnowledgeBase {
    this.kb ??= loadKnowledgeBase(this.dir);
    return this.kb;
  }
}
