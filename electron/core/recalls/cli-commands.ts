import { resolve } from 'node:path';
import type { RecallImportRun } from '@shared/api/recalls';
import { AppError } from '@shared/api/errors';
import { createCore } from '../app/core';
import { defaultDataDir } from '../app/data-dir';
import type { CliArgs, CliCommand, CliIo } from '../cli/command';
import {
  CliUsageError,
  EXIT_FAILURE,
  EXIT_OK,
  flag,
  printJson,
  stringOption,
} from '../cli/command';
import { RecallService } from './recall-service';

const common = {
  'data-dir': { type: 'string', description: 'data folder (default: the user data folder)' },
  json: { type: 'boolean', description: 'machine-readable output' },
} as const;

function printRun(io: CliIo, run: RecallImportRun, total: number): void {
  io.stdout(
    `${run.kind === 'import' ? 'Import' : 'Refresh'} ${run.status}: ${run.stored} recall(s) stored, ` +
      `${run.skipped} skipped (not vehicles), ${run.fetched} read from ${run.source}; ` +
      `${total} vehicle recall(s) in the database.\n`,
  );
}

async function withService(
  args: CliArgs,
  io: CliIo,
  work: (service: RecallService) => Promise<RecallImportRun>,
): Promise<number> {
  const core = await createCore({
    dataDir: stringOption(args, 'data-dir') ?? defaultDataDir(),
    transport: 'browser-host',
  });
  try {
    const service = new RecallService(core.context);
    const run = await work(service);
    const total = await service.repository.count();
    if (flag(args, 'json')) printJson(io, { ...run, total });
    else printRun(io, run, total);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    if (flag(args, 'json')) printJson(io, { ok: false, error: error.toApiError() });
    else io.stderr(`${error.localized.fr}\n${error.localized.en}\n`);
    return EXIT_FAILURE;
  } finally {
    await core.close();
  }
}

export const recallsImportCommand: CliCommand = {
  path: ['recalls', 'import'],
  summary:
    'import French vehicle recalls from a RappelConso export (JSON array, ;-CSV or API page)',
  usage: 'novaevo recalls import FILE [--data-dir D] [--json]',
  options: common,
  positionals: { min: 1, max: 1 },
  run(args, io) {
    const file = args.positionals[0];
    if (file === undefined) throw new CliUsageError('FILE is required');
    return withService(args, io, (service) => service.importFile(resolve(file)));
  },
};

export const recallsRefreshCommand: CliCommand = {
  path: ['recalls', 'refresh'],
  summary: 'fetch the vehicle recalls again from RappelConso (or --url: an export or API URL)',
  usage: 'novaevo recalls refresh [--url U] [--data-dir D] [--json]',
  options: {
    url: {
      type: 'string',
      description: 'export or Explore API records URL (default: RappelConso)',
    },
    ...common,
  },
  run(args, io) {
    const url = stringOption(args, 'url');
    return withService(args, io, (service) => service.refresh(url ?? service.defaultUrl));
  },
};

export const recallsCliCommands: CliCommand[] = [recallsImportCommand, recallsRefreshCommand];
