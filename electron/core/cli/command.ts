/**
 * The shape every `novaevo` sub-command takes. Capabilities export their commands
 * (e.g. `electron/core/obd/cli-commands.ts`) and `registry.ts` lists them, so the CLI
 * entry point stays a thin dispatcher.
 */
export interface CliOptionSpec {
  type: 'string' | 'boolean';
  description: string;
  short?: string;
  multiple?: boolean;
}

export interface CliArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Aborted on SIGINT/SIGTERM so long commands (serve, sim, monitor) stop cleanly. */
  signal: AbortSignal;
}

export interface CliCommand {
  /** Words after `novaevo`, e.g. `['db', 'info']` or `['obd', 'decode']`. */
  path: string[];
  summary: string;
  usage: string;
  options: Record<string, CliOptionSpec>;
  /** Allowed positional argument count, inclusive. */
  positionals?: { min: number; max: number };
  /** Returns the exit code: 0 success, 1 failure (2 is reserved for usage errors). */
  run(args: CliArgs, io: CliIo): Promise<number>;
}

/** Thrown for a malformed command line; the dispatcher prints usage and exits 2. */
export class CliUsageError extends Error {
  override readonly name = 'CliUsageError';
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

export function stringOption(args: CliArgs, name: string): string | undefined {
  const value = args.values[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw new CliUsageError(`--${name} expects a value`);
  return value;
}

export function numberOption(args: CliArgs, name: string): number | undefined {
  const raw = stringOption(args, name);
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new CliUsageError(`--${name} expects a number, got "${raw}"`);
  return value;
}

export function flag(args: CliArgs, name: string): boolean {
  return args.values[name] === true;
}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + '\n');
}
