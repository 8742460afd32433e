import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { atelierLiveCharts } from './atelier-benches';
import type { Bench } from './bench-kit';
import { machineDescription } from './bench-kit';
import { dbQuickCheck } from './db-benches';
import { diagnosisBenches } from './diagnosis-benches';
import { obdBenches } from './obd-benches';
import { onboardingBenches } from './onboarding-benches';
import { customerSearch, serveFirstPaint } from './spine-benches';

/** Every benchmark of `npm run bench`. Capabilities add theirs here. */
const BENCHES: Bench[] = [
  serveFirstPaint,
  customerSearch,
  ...diagnosisBenches,
  ...onboardingBenches,
  ...obdBenches,
  atelierLiveCharts,
  dbQuickCheck,
];
const REPORT = 'docs/benchmarks.md';

function section(bench: Bench, lines: string[], when: string, machine: string): string {
  return [
    `<!-- bench:${bench.id} -->`,
    `## ${bench.title}`,
    '',
    `_${when} — ${machine}_`,
    '',
    ...lines,
    `<!-- /bench:${bench.id} -->`,
  ].join('\n');
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const selected = only.length > 0 ? BENCHES.filter((bench) => only.includes(bench.id)) : BENCHES;
  if (selected.length === 0) {
    process.stderr.write(
      `unknown benchmark; known: ${BENCHES.map((bench) => bench.id).join(', ')}\n`,
    );
    process.exit(2);
  }
  const machine = machineDescription();
  let report = existsSync(REPORT)
    ? readFileSync(REPORT, 'utf8')
    : '# Benchmarks\n\nWritten by `npm run bench` (`npm run bench -- ID…` reruns some). Each section gives the date and the machine it was measured on.\n';
  let failed = false;
  for (const bench of selected) {
    process.stdout.write(`▶ ${bench.id}\n`);
    const result = await bench.run();
    failed ||= !result.pass;
    const text = section(
      bench,
      result.lines,
      new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
      machine,
    );
    const pattern = new RegExp(`<!-- bench:${bench.id} -->[\\s\\S]*?<!-- /bench:${bench.id} -->`);
    report = pattern.test(report)
      ? report.replace(pattern, text)
      : `${report.trimEnd()}\n\n${text}\n`;
    process.stdout.write(result.lines.join('\n') + '\n\n');
    writeFileSync(REPORT, report);
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
