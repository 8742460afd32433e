import type { CliCommand } from './command';
import { coreCliCommands } from './core-commands';

/** Every `novaevo` command. Capabilities add theirs here. */
export const cliCommands: CliCommand[] = [...coreCliCommands];
