// `npm run kb:build`: rebuilds resources/diagnosis/dtc-generic.json and known-problems.json from
// the data files of scripts/kb/data/. With `--check`, writes nothing and exits 1 when a committed
// file differs from what the data gives (`npm run kb:build -- --check`).

import { readFileSync, writeFileSync } from 'node:fs';
import { buildKnowledgeBase, RESOURCES_DIR } from './knowledge-base';

function main(args: readonly string[]): number {
  const check = args.includes('--check');
  const files = buildKnowledgeBase();
  let stale = 0;
  for (const [name, contents] of Object.entries(files)) {
    const target = new URL(name, RESOURCES_DIR);
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // A missing file is simply out of date.
    }
    if (current === contents) {
      console.log(`${name}: up to date`);
    } else if (check) {
      console.error(`${name}: differs from the data (run npm run kb:build)`);
      stale++;
    } else {
      writeFileSync(target, contents);
      console.log(`${name}: written`);
    }
  }
  return stale === 0 ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
