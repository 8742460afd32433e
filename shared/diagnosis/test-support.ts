// Test and benchmark helpers: synthetic live streams shaped like real sessions.
import type { LiveSample, Pid } from './types';

export interface Channel {
  pid: Pid;
  /** Value at time t (ms). */
  at(t: number, i: number): number;
}

/** Samples every `periodMs` for `durationMs`, one sample per channel per tick. */
export function synthesize(
  channels: readonly Channel[],
  durationMs: number,
  periodMs = 100,
): LiveSample[] {
  const out: LiveSample[] = [];
  let i = 0;
  for (let t = 0; t < durationMs; t += periodMs, i++) {
    for (const c of channels) out.push({ pid: c.pid, t, value: c.at(t, i) });
  }
  return out;
}

/** Deterministic pseudo-random noise in [-1, 1] (mulberry32), so tests never flake. */
export function noise(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}

export const constant = (pid: Pid, value: number): Channel => ({ pid, at: () => value });

/** The five knowledge-base files, read by the caller (tests use node:fs, shared/ cannot). */
export function knowledgeBaseFiles(readJson: (name: string) => unknown) {
  return {
    dtcGeneric: readJson('dtc-generic.json'),
    knownProblems: readJson('known-problems.json'),
    liveRanges: readJson('live-ranges.json'),
    criticalityRules: readJson('criticality-rules.json'),
    contextRules: readJson('context-rules.json'),
  };
}

/**
 * The 20 codes of the diagnosis performance target (issue 4): every system, generic and
 * manufacturer codes, and codes that trigger known problems.
 */
export const TWENTY_DTC_CODES: readonly string[] = [
  'P0300',
  'P0301',
  'P0171',
  'P0174',
  'P0420',
  'P0442',
  'P0135',
  'P0700',
  'P0730',
  'P0217',
  'C0035',
  'B0001',
  'U0100',
  'P1300',
  'P0128',
  'P0401',
  'P0299',
  'P0562',
  'P0117',
  'P2463',
];
