import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { NODE_WORKER_QUERY, nodeWorkerModuleSource } from './scripts/node-worker/source-module.mjs';

const VIRTUAL = '\0node-worker:';

/** `import create from './x?nodeWorker'` from source: see scripts/node-worker/source-module.mjs. */
function nodeWorkerFromSource(): Plugin {
  return {
    name: 'novaevo:node-worker-from-source',
    enforce: 'pre',
    resolveId(id, importer) {
      if (!id.endsWith(NODE_WORKER_QUERY) || !importer) return null;
      const base = resolve(dirname(importer), id.slice(0, -NODE_WORKER_QUERY.length));
      const file = [base, `${base}.ts`].find(
        (candidate) => existsSync(candidate) && candidate.endsWith('.ts'),
      );
      return file ? VIRTUAL + file : null;
    },
    load(id) {
      return id.startsWith(VIRTUAL) ? nodeWorkerModuleSource(id.slice(VIRTUAL.length)) : null;
    },
  };
}

export default defineConfig({
  plugins: [nodeWorkerFromSource()],
  resolve: {
    alias: { '@shared': fileURLToPath(new URL('./shared', import.meta.url)) },
  },
  test: {
    include: [
      'shared/**/*.test.ts',
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'renderer/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
