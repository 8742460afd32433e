import { readFile } from 'node:fs/promises';
import { AppError } from '@shared/api/errors';
import { checkCompanyIdentifier } from '../../../shared/onboarding/siren';
import type { BilingualMessage } from '../../../shared/onboarding/types';
import type { CliCommand, CliIo } from '../cli/command';
import { EXIT_FAILURE, EXIT_OK, flag, printJson, stringOption } from '../cli/command';
import { DocumentIntakeError } from './intake-errors';
import { readKbis, withRegistryOutcome } from './kbis-reader';
import type { KbisReadResult } from './kbis-reader';
import { OcrService } from './ocr-service';
import { RegistryClient } from './registry-client';

function printHuman(io: CliIo, result: KbisReadResult): void {
  io.stdout(
    `Document : ${result.fields.document_type.value} (${result.document.source}, ${result.document.pageCount} page(s))\n`,
  );
  for (const [name, field] of Object.entries(result.fields)) {
    if (name === 'document_type') continue;
    const value =
      field.value === null
        ? '—'
        : typeof field.value === 'string'
          ? field.value
          : JSON.stringify(field.value);
    io.stdout(`  ${name.padEnd(22)} ${value}  [${field.confidence.toFixed(2)}]\n`);
  }
  io.stdout('Contrôles / checks :\n');
  for (const check of result.checks)
    io.stdout(`  ${check.status.padEnd(8)} ${check.id.padEnd(24)} ${check.message.fr}\n`);
  io.stdout(`Confiance / trust : ${result.trust.level} (${result.trust.score}/100)\n`);
}

function toJson(result: KbisReadResult): unknown {
  return {
    ...result.fields,
    checks: result.checks,
    trust: result.trust,
    document: result.document,
  };
}

function describeFailure(error: unknown): { code: string; message: BilingualMessage } {
  if (error instanceof DocumentIntakeError) return { code: error.code, message: error.userMessage };
  if (error instanceof AppError) return { code: error.code, message: error.localized };
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'internal_error',
    message: {
      fr: `Erreur interne pendant la lecture du document (${detail}).`,
      en: `Internal error while reading the document (${detail}).`,
    },
  };
}

async function withDocument(
  file: string,
  io: CliIo,
  json: boolean,
  finish: (result: KbisReadResult) => Promise<KbisReadResult>,
): Promise<number> {
  const ocr = new OcrService({ idleTimeoutMs: 5_000 });
  try {
    const bytes = await readFile(file).catch((error: unknown) => {
      throw new DocumentIntakeError(
        'file_unreadable',
        error instanceof Error ? error.message : String(error),
      );
    });
    const result = await finish(await readKbis(bytes, { ocr, signal: io.signal }));
    if (json) printJson(io, toJson(result));
    else printHuman(io, result);
    return EXIT_OK;
  } catch (error) {
    // With --json, every failure is one JSON object on stdout: a script never gets nothing.
    const refusal = describeFailure(error);
    if (json) printJson(io, { error: refusal });
    else io.stderr(`${refusal.message.fr}\n${refusal.message.en}\n`);
    return EXIT_FAILURE;
  } finally {
    await ocr.terminate();
  }
}

const kbisRead: CliCommand = {
  path: ['kbis', 'read'],
  summary: 'Read a Kbis/RNE extract (PDF or image): fields with confidences, offline checks, trust',
  usage: 'novaevo kbis read FILE [--json]',
  options: { json: { type: 'boolean', description: 'Print JSON' } },
  positionals: { min: 1, max: 1 },
  run: (args, io) =>
    withDocument(args.positionals[0] ?? '', io, flag(args, 'json'), async (r) => r),
};

const kbisVerify: CliCommand = {
  path: ['kbis', 'verify'],
  summary: 'Read a Kbis/RNE extract and check it against the company registry',
  usage: 'novaevo kbis verify FILE [--registry-url URL] [--json]',
  options: {
    json: { type: 'boolean', description: 'Print JSON' },
    'registry-url': { type: 'string', description: 'Base URL of the API Recherche d’entreprises' },
  },
  positionals: { min: 1, max: 1 },
  run: (args, io) => {
    // Same precedence as the app: the option, then NOVAEVO_REGISTRY_URL, then the public API.
    const baseUrl =
      stringOption(args, 'registry-url') ?? (process.env.NOVAEVO_REGISTRY_URL || undefined);
    const client = new RegistryClient({ baseUrl });
    return withDocument(args.positionals[0] ?? '', io, flag(args, 'json'), async (result) => {
      const siren = result.fields.siren.value;
      const outcome = siren
        ? await client.lookup(siren, io.signal)
        : ({ kind: 'not_found' } as const);
      return withRegistryOutcome(result, outcome);
    });
  },
};

const sirenCheck: CliCommand = {
  path: ['siren', 'check'],
  summary: 'Check a SIREN (9 digits) or SIRET (14 digits): length and Luhn key, La Poste rule',
  usage: 'novaevo siren check NUMBER [--json]',
  options: { json: { type: 'boolean', description: 'Print JSON' } },
  positionals: { min: 1, max: 1 },
  run: async (args, io) => {
    const result = checkCompanyIdentifier(args.positionals[0] ?? '');
    if (flag(args, 'json')) printJson(io, result);
    else if (result.valid)
      io.stdout(`${result.kind.toUpperCase()} ${result.value} : valide / valid (${result.rule})\n`);
    else io.stdout(`${result.message.fr}\n${result.message.en}\n`);
    return result.valid ? EXIT_OK : EXIT_FAILURE;
  },
};

export const onboardingCliCommands: CliCommand[] = [kbisRead, kbisVerify, sirenCheck];
