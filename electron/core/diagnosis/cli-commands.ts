import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DtcLookup } from '@shared/api/diagnosis';
import { VERDICT_LABELS, partLabel } from '@shared/api/diagnosis';
import type { Lang } from '@shared/diagnosis';
import { normalizeDtcCode } from '@shared/diagnosis';
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
import { createDiagnosisService } from './handlers';
import { lookupDtc } from './dtc-lookup';
import { loadKnowledgeBase } from './knowledge-base-loader';
import { exportReportPdf } from './report-export';
import { RecallService } from '../recalls/recall-service';
import { causeLine, causesHeading, formatLabour } from './report-format';

const langOption = {
  lang: { type: 'string', description: 'language of the output: fr (default) or en' },
} as const;
const jsonOption = { json: { type: 'boolean', description: 'machine-readable output' } } as const;

function langOf(args: CliArgs): Lang {
  const lang = stringOption(args, 'lang') ?? 'fr';
  if (lang !== 'fr' && lang !== 'en')
    throw new CliUsageError(`--lang expects fr or en, got "${lang}"`);
  return lang;
}

const WORDS = {
  system: { fr: 'Système', en: 'System' },
  generic: { fr: 'code générique (SAE J2012)', en: 'generic code (SAE J2012)' },
  manufacturer: { fr: 'code spécifique constructeur', en: 'manufacturer-specific code' },
  unlisted: { fr: 'non répertorié', en: 'not listed' },
  criticality: { fr: 'Criticité (code mémorisé seul)', en: 'Criticality (code stored alone)' },
  checks: { fr: 'Contrôles', en: 'Checks' },
  parts: { fr: 'Pièces', en: 'Parts' },
  labour: { fr: 'Main-d’œuvre', en: 'Labour' },
} as const;

function printLookup(io: CliIo, found: DtcLookup, lang: Lang): void {
  const colon = lang === 'fr' ? ' : ' : ': ';
  const origin: string[] = [found.generic ? WORDS.generic[lang] : WORDS.manufacturer[lang]];
  if (!found.listed) origin.push(WORDS.unlisted[lang]);
  const lines = [
    `${found.code} — ${found.title}`,
    `${WORDS.system[lang]}${colon}${found.systemName} (${found.subsystem}) · ${origin.join(', ')}`,
    `${WORDS.criticality[lang]}${colon}${VERDICT_LABELS[found.criticality][lang].toUpperCase()} — ${found.rule.label[lang]} [${found.rule.id}]`,
  ];
  if (found.causes.length > 0) {
    lines.push(`${causesHeading(found.causeRanking, lang)}${colon.trimEnd()}`);
    found.causes.forEach((c, i) =>
      lines.push(`  ${i + 1}. ${causeLine(c, found.causeRanking, lang)}`),
    );
  }
  if (found.actions.length > 0) {
    lines.push(`${WORDS.checks[lang]}${colon.trimEnd()}`);
    for (const a of found.actions) lines.push(`  - ${a[lang]}`);
  }
  if (found.parts.length > 0) {
    lines.push(
      `${WORDS.parts[lang]}${colon}${found.parts.map((p) => partLabel(p, lang)).join(', ')}`,
    );
  }
  if (found.labour) {
    lines.push(`${WORDS.labour[lang]}${colon}${formatLabour(found.labour, lang)}`);
  }
  io.stdout(lines.join('\n') + '\n');
}

export const dtcCommand: CliCommand = {
  path: ['dtc'],
  summary:
    'describe a fault code: title, system, generic or manufacturer, criticality and its rule',
  usage: 'novaevo dtc CODE [--lang fr|en] [--json]',
  options: { ...langOption, ...jsonOption },
  positionals: { min: 1, max: 1 },
  async run(args, io) {
    const lang = langOf(args);
    const raw = args.positionals[0] ?? '';
    const code = normalizeDtcCode(raw);
    if (code === null) {
      throw new CliUsageError(
        `"${raw}" n’est pas un code défaut / is not a fault code (e.g. P0301, C0035, U0100)`,
      );
    }
    const found = lookupDtc(code, lang, loadKnowledgeBase());
    if (!found) throw new CliUsageError(`"${raw}" is not a fault code`);
    if (flag(args, 'json')) printJson(io, found);
    else printLookup(io, found, lang);
    return EXIT_OK;
  },
};

export const reportCommand: CliCommand = {
  path: ['report'],
  summary: 'write the diagnosis report of a session as a PDF (diagnosing it first if needed)',
  usage: 'novaevo report --session ID --pdf FILE [--lang fr|en] [--data-dir D] [--json]',
  options: {
    session: { type: 'string', description: 'diagnostic session id' },
    pdf: { type: 'string', description: 'PDF file to write' },
    'data-dir': { type: 'string', description: 'data folder (default: the user data folder)' },
    ...langOption,
    ...jsonOption,
  },
  async run(args, io) {
    const sessionId = stringOption(args, 'session');
    const pdf = stringOption(args, 'pdf');
    if (sessionId === undefined || pdf === undefined) {
      throw new CliUsageError('--session and --pdf are required');
    }
    const lang = langOf(args);
    try {
      return await writeReport(args, io, sessionId, pdf, lang);
    } catch (error) {
      // Scripts asked for JSON: they get the error as JSON too (see docs/cli.md).
      if (error instanceof AppError && flag(args, 'json')) {
        printJson(io, { ok: false, error: error.toApiError() });
        return EXIT_FAILURE;
      }
      throw error;
    }
  },
};

async function writeReport(
  args: CliArgs,
  io: CliIo,
  sessionId: string,
  pdf: string,
  lang: Lang,
): Promise<number> {
  const core = await createCore({
    dataDir: stringOption(args, 'data-dir') ?? defaultDataDir(),
    transport: 'browser-host',
  });
  try {
    const service = createDiagnosisService(core.context);
    const stored =
      (await service.getReport(sessionId)) ?? (await service.diagnoseSession(sessionId));
    const recalls = new RecallService(core.context);
    const exported = await exportReportPdf(core.context, service, sessionId, lang, (id) =>
      recalls.forVehicle(id),
    );
    const file = resolve(pdf);
    writeFileSync(file, exported.bytes);
    if (flag(args, 'json')) {
      printJson(io, {
        file,
        bytes: exported.bytes.length,
        sessionId,
        overall: stored.report.overall,
        findings: stored.report.findings.length,
      });
    } else {
      io.stdout(
        `${lang === 'fr' ? 'Rapport écrit' : 'Report written'}: ${file} (${VERDICT_LABELS[stored.report.overall][lang]})\n`,
      );
    }
    return EXIT_OK;
  } finally {
    await core.close();
  }
}

export const diagnosisCliCommands: CliCommand[] = [dtcCommand, reportCommand];
