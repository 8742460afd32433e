import { execSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';

export interface BenchResult {
  /** Markdown lines for this benchmark's section (table rows, notes). */
  lines: string[];
  /** false when a target was missed: the section says so and the run exits 1. */
  pass: boolean;
}

export interface Bench {
  id: string;
  title: string;
  run(): Promise<BenchResult>;
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export function ms(value: number): string {
  return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
}

export function verdict(ok: boolean): string {
  return ok ? '✅' : '❌';
}

export function machineDescription(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const memory = `${Math.round(totalmem() / 1024 ** 3)} GiB`;
  let os = process.platform;
  try {
    os = execSync('. /etc/os-release && echo "$PRETTY_NAME"', {
      encoding: 'utf8',
      shell: '/bin/sh',
    }).trim() as NodeJS.Platform;
  } catch {
    // Not Linux: the platform name is enough.
  }
  return `${cpus().length} × ${cpu}, ${memory} RAM, ${os}, Node ${process.version}`;
}
