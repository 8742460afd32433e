// @ts-check
/**
 * electron-vite bundles `import start from './x?nodeWorker'` into its own chunk plus a
 * function that starts it in a worker thread (out/ builds: the app, the CLI, the host).
 * Where TypeScript runs from source — Vitest, and the benchmarks under tsx — this module
 * stands in for the plugin with the same default export: the worker entry is bundled from
 * the tree with esbuild (dependencies left external, as electron-vite does) into
 * node_modules/.cache, so the code under test is the code in the tree, never a stale build,
 * and the worker loads its dependencies as plain Node modules.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

/** The `?nodeWorker` query electron-vite understands. */
export const NODE_WORKER_QUERY = '?nodeWorker';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Bundles a worker entry and returns the source of the module that replaces
 * `<entry>?nodeWorker`.
 * @param {string} entry absolute path of the worker's .ts entry
 * @returns {string}
 */
export function nodeWorkerModuleSource(entry) {
  const { outputFiles } = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    alias: { '@shared': join(root, 'shared') },
    logLevel: 'silent',
  });
  const code = outputFiles[0]?.text ?? '';
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
  const cache = join(root, 'node_modules', '.cache', 'novaevo-node-workers');
  const file = join(cache, `${basename(entry).replace(/\.ts$/, '')}-${hash}.mjs`);
  if (!existsSync(file)) {
    mkdirSync(cache, { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, code);
    renameSync(partial, file);
  }
  return [
    "import { Worker } from 'node:worker_threads';",
    `const url = new URL(${JSON.stringify(pathToFileURL(file).href)});`,
    'export default function (options) {',
    '  return new Worker(url, options);',
    '}',
  ].join('\n');
}
