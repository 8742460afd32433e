import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';
import { AppError } from '@shared/api/errors';
import { APP_VERSION } from '../app/version';
import type { CliCommand, CliIo } from './command';
import { CliUsageError, EXIT_FAILURE, EXIT_OK, EXIT_USAGE } from './command';

function findCommand(
  commands: readonly CliCommand[],
  argv: readonly string[],
): { command: CliCommand; rest: string[] } | null {
  let best: CliCommand | null = null;
  for (const command of commands) {
    const matches = command.path.every((word, index) => argv[index] === word);
    if (matches && (!best || command.path.length > best.path.length)) best = command;
  }
  return best ? { command: best, rest: argv.slice(best.path.length) } : null;
}

export function helpText(commands: readonly CliCommand[]): string {
  const lines = [
    `novaevo ${APP_VERSION} — NovaEvo Workshop`,
    '',
    'Commandes / commands:',
    ...commands.map((command) => `  ${command.usage}\n      ${command.summary}`),
    '',
    'Codes de sortie / exit codes: 0 succès/success, 1 échec/failure, 2 usage.',
  ];
  return lines.join('\n') + '\n';
}

function commandHelp(command: CliCommand): string {
  const options = Object.entries(command.options).map(
    ([name, spec]) => `  --${name}${spec.type === 'string' ? ' VALUE' : ''}  ${spec.description}`,
  );
  return [`usage: ${command.usage}`, command.summary, ...options].join('\n') + '\n';
}

/**
 * Parses `argv` (without node and script), runs the matching command and returns its exit
 * code. Kept free of `process.exit` so tests can call it in-process.
 */
export async function runCli(
  commands: readonly CliCommand[],
  argv: readonly string[],
  io: CliIo,
): Promise<number> {
  if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help' || argv[0] === '-h') {
    io.stdout(helpText(commands));
    return argv.length === 0 ? EXIT_USAGE : EXIT_OK;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.stdout(`${APP_VERSION}\n`);
    return EXIT_OK;
  }
  const found = findCommand(commands, argv);
  if (!found) {
    io.stderr(`Commande inconnue / unknown command: ${argv.join(' ')}\n\n${helpText(commands)}`);
    return EXIT_USAGE;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(commandHelp(command));
    return EXIT_OK;
  }
  try {
    const options: NonNullable<ParseArgsConfig['options']> = {};
    for (const [name, spec] of Object.entries(command.options)) {
      options[name] = {
        type: spec.type,
        ...(spec.short ? { short: spec.short } : {}),
        ...(spec.multiple ? { multiple: true } : {}),
      };
    }
    let parsed: ReturnType<typeof parseArgs>;
    try {
      parsed = parseArgs({ args: rest, options, allowPositionals: true, strict: true });
    } catch (error) {
      throw new CliUsageError(error instanceof Error ? error.message : String(error));
    }
    const limits = command.positionals ?? { min: 0, max: 0 };
    if (parsed.positionals.length < limits.min || parsed.positionals.length > limits.max) {
      throw new CliUsageError(`unexpected arguments: ${parsed.positionals.join(' ') || '(none)'}`);
    }
    return await command.run(
      {
        values: parsed.values as Record<string, string | boolean | string[] | undefined>,
        positionals: parsed.positionals,
      },
      io,
    );
  } catch (error) {
    if (error instanceof CliUsageError) {
      io.stderr(`Usage incorrect / bad usage: ${error.message}\n${commandHelp(command)}`);
      return EXIT_USAGE;
    }
    if (error instanceof AppError) {
      io.stderr(`${error.localized.fr}\n${error.localized.en}\n`);
      return EXIT_FAILURE;
    }
    io.stderr(`Échec / failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILURE;
  }
}
