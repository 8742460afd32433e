#!/usr/bin/env node
// The CLI is bundled by `npm run build` (run automatically by `npm ci` through `prepare`).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const entry = join(dirname(fileURLToPath(import.meta.url)), '..', 'out', 'main', 'cli.js');
if (!existsSync(entry)) {
  process.stderr.write(
    'novaevo: application non construite, lancez `npm run build`.\n' +
      'novaevo: app not built, run `npm run build`.\n',
  );
  process.exit(1);
}
await import(pathToFileURL(entry).href);
