// @ts-check
// `tsx --import ./scripts/node-worker/register.mjs …`: `?nodeWorker` imports work from source.
import { register } from 'node:module';

register('./loader-hooks.mjs', import.meta.url);
