import type { CliCommand } from './command';

/**
 * Where each `novaevo` command lives, by its first word. Modules are imported only when a
 * command of theirs runs, so `novaevo serve` does not load OCR, PDF or serial code at start-up
 * (it counts against the time to first screen). Capabilities add their entries here.
 */
export interface CliCommandSource {
  words: string[];
  load: () => Promise<CliCommand[]>;
}

export const cliCommandSources: CliCommandSource[] = [
  {
    words: ['serve', 'db'],
    load: async () => (await import('./core-commands')).coreCliCommands,
  },
  {
    words: ['obd', 'adapters', 'sim', 'scan', 'monitor'],
    load: async () => (await import('../obd/cli-commands')).obdCliCommands,
  },
  {
    words: ['kbis', 'siren'],
    load: async () => (await import('../onboarding/cli-commands')).onboardingCliCommands,
  },
  {
    words: ['dtc', 'report'],
    load: async () => (await import('../diagnosis/cli-commands')).diagnosisCliCommands,
  },
  {
    words: ['recalls'],
    load: async () => (await import('../recalls/cli-commands')).recallsCliCommands,
  },
];

/** Commands that may match `argv` (all of them when the first word is unknown, for help). */
export async function loadCliCommands(argv: readonly string[]): Promise<CliCommand[]> {
  const first = argv[0];
  const sources = cliCommandSources.filter(
    (source) => first !== undefined && source.words.includes(first),
  );
  const chosen = sources.length > 0 ? sources : cliCommandSources;
  return (await Promise.all(chosen.map((source) => source.load()))).flat();
}
