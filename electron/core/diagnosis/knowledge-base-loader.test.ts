import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@shared/api/errors';
import { useTempDirs } from '../test-support/temp-dir';
import {
  KNOWLEDGE_BASE_FILES,
  KnowledgeBaseHolder,
  diagnosisResourcesDir,
  loadKnowledgeBase,
} from './knowledge-base-loader';
import { findResourceDir } from '../app/resource-paths';

const tempDir = useTempDirs();
const realDir = diagnosisResourcesDir();

/** A copy of the real knowledge base that a test may damage. */
function copyOfKnowledgeBase(): string {
  const dir = join(tempDir(), 'diagnosis');
  mkdirSync(dir);
  for (const file of Object.values(KNOWLEDGE_BASE_FILES)) {
    copyFileSync(join(realDir, file), join(dir, file));
  }
  return dir;
}

function loadError(dir: string): AppError {
  try {
    loadKnowledgeBase(dir);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the load to fail');
}

describe('knowledge-base loader', () => {
  const savedEnv = process.env['NOVAEVO_RESOURCES'];
  afterEach(() => {
    if (savedEnv === undefined) delete process.env['NOVAEVO_RESOURCES'];
    else process.env['NOVAEVO_RESOURCES'] = savedEnv;
  });

  it('finds resources/diagnosis from the sources and loads the real files', () => {
    expect(realDir.endsWith(join('resources', 'diagnosis'))).toBe(true);
    const kb = loadKnowledgeBase();
    expect(kb.codes.size).toBeGreaterThan(1400);
    expect(kb.knownProblems.length).toBeGreaterThanOrEqual(60);
    expect(kb.rules.length).toBeGreaterThan(5);
    expect(kb.version).toMatch(/^\d+\.\d+\.\d+(\/\d+\.\d+\.\d+){4}$/);
  });

  it('honours NOVAEVO_RESOURCES', () => {
    const copy = copyOfKnowledgeBase();
    process.env['NOVAEVO_RESOURCES'] = join(copy, '..');
    expect(diagnosisResourcesDir()).toBe(copy);
    expect(findResourceDir('fonts')).toBeNull();
    process.env['NOVAEVO_RESOURCES'] = tempDir();
    expect(() => diagnosisResourcesDir()).toThrow(AppError);
  });

  it('names a missing file in both languages', () => {
    const dir = copyOfKnowledgeBase();
    rmSync(join(dir, 'live-ranges.json'));
    const error = loadError(dir);
    expect(error.code).toBe('KNOWLEDGE_BASE_INVALID');
    expect(error.localized.fr).toMatch(/live-ranges\.json absent ou illisible/);
    expect(error.localized.en).toMatch(/live-ranges\.json missing or unreadable/);
  });

  it('refuses malformed JSON and content that breaks the schema', () => {
    const dir = copyOfKnowledgeBase();
    writeFileSync(join(dir, 'criticality-rules.json'), '{ "version": "1.0.0", "rules": [');
    expect(loadError(dir).localized.en).toMatch(/criticality-rules\.json: malformed JSON/);

    copyFileSync(join(realDir, 'criticality-rules.json'), join(dir, 'criticality-rules.json'));
    writeFileSync(
      join(dir, 'dtc-generic.json'),
      JSON.stringify({ version: '1.0.0', codes: [{ code: 'X9999', title: { fr: '', en: '' } }] }),
    );
    const error = loadError(dir);
    expect(error.localized.fr).toMatch(/dtc-generic\.json non conforme/);
    expect(error.details).toMatchObject({ issues: expect.arrayContaining([expect.any(String)]) });
  });

  it('loads once per holder, lazily, and retries after a failure', () => {
    const dir = copyOfKnowledgeBase();
    rmSync(join(dir, 'known-problems.json'));
    const holder = new KnowledgeBaseHolder(dir);
    expect(() => holder.get()).toThrow(AppError);
    copyFileSync(join(realDir, 'known-problems.json'), join(dir, 'known-problems.json'));
    const first = holder.get();
    expect(holder.get()).toBe(first);
  });
});
