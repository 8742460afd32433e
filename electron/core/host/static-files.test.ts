import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../test-support/temp-dir';
import { StaticFiles } from './static-files';

const tempDir = useTempDirs();

describe('StaticFiles', () => {
  it('keeps only existing files in memory, whatever paths are asked for', () => {
    const root = tempDir();
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    const statics = new StaticFiles(root);
    for (let i = 0; i < 5000; i++) expect(statics.get(`/missing-${i}.js`)).toBeNull();
    expect(statics.cachedFiles).toBe(0);
    for (const spelling of [
      '/assets/app.js',
      '/assets/./app.js',
      '//assets//app.js',
      '/x/../assets/app.js',
    ]) {
      expect(statics.get(spelling)?.immutable, spelling).toBe(true);
    }
    expect(statics.get('/index.html')?.immutable).toBe(false);
    expect(statics.cachedFiles).toBe(2);
  });

  it('never serves outside its folder', () => {
    const root = join(tempDir(), 'renderer');
    mkdirSync(root);
    writeFileSync(join(root, '..', 'secret.txt'), 'secret');
    const statics = new StaticFiles(root);
    for (const path of ['/../secret.txt', '/assets/../../secret.txt', '/', '/.']) {
      expect(statics.get(path), path).toBeNull();
    }
  });
});
