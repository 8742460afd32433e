// @ts-check
// Node module hooks for `?nodeWorker` imports under tsx (see source-module.mjs).
import { fileURLToPath } from 'node:url';
import { NODE_WORKER_QUERY, nodeWorkerModuleSource } from './source-module.mjs';

const SCHEME = 'novaevo-node-worker:';

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, nextResolve) {
  if (!specifier.endsWith(NODE_WORKER_QUERY)) return nextResolve(specifier, context);
  const target = await nextResolve(specifier.slice(0, -NODE_WORKER_QUERY.length), context);
  return { url: SCHEME + target.url, shortCircuit: true };
}

/** @type {import('node:module').LoadHook} */
export async function load(url, context, nextLoad) {
  if (!url.startsWith(SCHEME)) return nextLoad(url, context);
  return {
    format: 'module',
    source: nodeWorkerModuleSource(fileURLToPath(url.slice(SCHEME.length))),
    shortCircuit: true,
  };
}
