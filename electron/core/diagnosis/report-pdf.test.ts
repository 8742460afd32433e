import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { ApiError } from '@shared/api/errors';
import type { Core } from '../app/core';
import { createCore } from '../app/core';
import { useTempDirs } from '../test-support/temp-dir';
import { findResourceDir } from '../app/resource-paths';
import { RecallService } from '../recalls/recall-service';
import { dieselOverheatScan, misfireScan, series } from './scan-fixtures.test-support';
import { storeScanSession } from './session-store';

const tempDir = useTempDirs();

async function call<T>(core: Core, name: string, input: unknown): Promise<T> {
  const result = await core.dispatch(name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

interface ExportedPdf {
  fileName: string;
  mimeType: string;
  base64: string;
}

/** A garage, a diagnosed overheating 308 at 84,250 km; returns the session id. */
async function diagnosedOverheat(core: Core): Promise<string> {
  await call(core, 'settings.update', {
    garage: {
      name: 'Garage des Tilleuls',
      siret: '732 829 320 00074',
      addressLine: '12 rue des Tilleuls',
      postalCode: '69003',
      city: 'Lyon',
      phone: '04 78 12 34 56',
    },
  });
  const customer = await call<{ id: string }>(core, 'customers.create', {
    kind: 'person',
    lastName: 'Martin',
  });
  const vehicle = await call<{ id: string }>(core, 'vehicles.create', {
    customerId: customer.id,
    make: 'Peugeot',
    model: '308 II 1.6 BlueHDi',
    year: 2015,
    fuel: 'diesel',
    plate: 'AB-123-CD',
    vin: 'VF3LCBHZ1FS123456',
  });
  const scan = dieselOverheatScan({
    vehicleId: vehicle.id,
    mileageKm: 84_250,
    technician: 'Karim B.',
  });
  // The car reports its ambient temperature (PID 46): it goes to the "Contexte" section.
  const { sessionId } = await storeScanSession(core.context, {
    ...scan,
    live: [...(scan.live ?? []), series('46', 180_000, 1000, () => 31)],
  });
  const recalls = findResourceDir('recalls');
  if (recalls === null) throw new Error('resources/recalls not found');
  await new RecallService(core.context).importFile(
    join(recalls, 'rappelconso-vehicules-exemple.json'),
  );
  await call(core, 'diagnosis.diagnoseSession', { sessionId });
  return sessionId;
}

function pdfText(bytes: Buffer): string {
  const file = join(tempDir(), 'report.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

/** Unicode code points the embedded fonts' ToUnicode maps give a real (non-.notdef) glyph. */
function mappedCodePoints(pdf: Buffer): Set<number> {
  const points = new Set<number>();
  const text = pdf.toString('latin1');
  const streams = /stream\r?\n([\s\S]*?)endstream/g;
  for (let match = streams.exec(text); match; match = streams.exec(text)) {
    let body: string;
    try {
      body = inflateSync(Buffer.from(match[1] ?? '', 'latin1')).toString('latin1');
    } catch {
      continue;
    }
    for (const section of body.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const entry of (section[1] ?? '').matchAll(
        /<([0-9a-fA-F]{4})>\s*<([0-9a-fA-F]{4,})>/g,
      )) {
        if (Number.parseInt(entry[1] ?? '0', 16) !== 0) {
          points.add(Number.parseInt(entry[2] ?? '0', 16));
        }
      }
    }
    // pdfkit writes `<first> <last> [<u1> <u2> …]`: code first+i maps to the i-th entry, and
    // code 0 is .notdef, drawn as an empty box.
    for (const range of body.matchAll(/<([0-9a-fA-F]{4})>\s*<[0-9a-fA-F]{4}>\s*\[([^\]]*)\]/g)) {
      const first = Number.parseInt(range[1] ?? '0', 16);
      [...(range[2] ?? '').matchAll(/<([0-9a-fA-F ]+)>/g)].forEach((entry, i) => {
        if (first + i === 0) return;
        for (const unit of (entry[1] ?? '').split(' ')) points.add(Number.parseInt(unit, 16));
      });
    }
  }
  return points;
}

describe('PDF report', () => {
  it('renders the French report: garage header, vehicle, verdict, findings, French numbers', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const sessionId = await diagnosedOverheat(core);
    const pdf = await call<ExportedPdf>(core, 'diagnosis.exportReportPdf', { sessionId });
    expect(pdf.mimeType).toBe('application/pdf');
    expect(pdf.fileName).toBe('diagnostic-ab-123-cd-2026-11-20.pdf');
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const text = pdfText(bytes);
    for (const expected of [
      'Rapport de diagnostic',
      'Garage des Tilleuls',
      '12 rue des Tilleuls',
      '69003 Lyon',
      'SIRET 732 829 320 00074',
      'Tél. 04 78 12 34 56',
      'Technicien : Karim B.',
      '20 novembre 2026 à 10:30',
      'AB-123-CD',
      'VF3LCBHZ1FS123456',
      'Peugeot 308 II 1.6 BlueHDi 2015',
      'ROUGE',
      'Intervention immédiate requise',
      'Surchauffe du moteur',
      'Règle appliquée',
      'Causes, dans l’ordre où les vérifier',
      'Contrôles à effectuer',
      'thermostat',
      'Contexte',
      'Température extérieure : 31 °C',
      'Rappels constructeur à vérifier',
      'EXEMPLE-2023-11-0202',
      'VIN cité dans la fiche',
      'Page 1 sur',
    ]) {
      expect(text, expected).toContain(expected);
    }
    // "84 250 km": poppler prints U+202F as a plain space, so the glyph itself is checked in the
    // font's ToUnicode map — present there only when the embedded font drew it.
    expect(text).toMatch(/84\s250\skm/);
    // No invented precision: causes carry no percentage, labour is marked indicative.
    expect(text).not.toMatch(/\(\d+\s?%\)/);
    expect(text).toMatch(/indicatif, non sourcé/);
    expect(text).toMatch(/vérifier\s+auprès\s+du\s+constructeur/);
    const points = mappedCodePoints(bytes);
    expect(points.has(0x202f)).toBe(true);
    expect(points.has(0x00e9)).toBe(true);

    // Only the embedded DejaVu fonts: no standard PDF font, which would lack U+202F.
    const file = join(tempDir(), 'fonts.pdf');
    writeFileSync(file, bytes);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '');
    expect(fonts.length).toBe(2);
    for (const line of fonts) expect(line).toMatch(/DejaVuSans.*CID TrueType.*yes\s+yes\s+yes/);
    await core.close();
  });

  it('renders English on request, and refuses a session without a report', async () => {
    const core = await createCore({ dataDir: tempDir(), transport: 'browser-host' });
    const sessionId = await diagnosedOverheat(core);
    const pdf = await call<ExportedPdf>(core, 'diagnosis.exportReportPdf', {
      sessionId,
      lang: 'en',
    });
    expect(pdf.fileName).toBe('diagnosis-ab-123-cd-2026-11-20.pdf');
    const text = pdfText(Buffer.from(pdf.base64, 'base64'));
    for (const expected of ['Diagnostic report', 'RED', 'Immediate action required', '84,250']) {
      expect(text, expected).toContain(expected);
    }

    const { sessionId: fresh } = await storeScanSession(
      core.context,
      misfireScan({ vehicleId: null }),
    );
    const result = await core.dispatch('diagnosis.exportReportPdf', { sessionId: fresh });
    expect(result.ok).toBe(false);
    expect((result as { error: ApiError }).error).toMatchObject({
      code: 'NOT_FOUND',
      details: { reason: 'no_report' },
    });
    await core.close();
  });

  it('ships DejaVu Sans with a glyph for U+202F, and its licence', () => {
    const dir = findResourceDir('fonts');
    expect(dir).not.toBeNull();
    const require = createRequire(import.meta.url);
    const fontkit = require('fontkit') as {
      create(buffer: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
    };
    for (const file of ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf']) {
      const font = fontkit.create(readFileSync(join(dir ?? '', file)));
      expect(font.hasGlyphForCodePoint(0x202f), file).toBe(true);
    }
    expect(readFileSync(join(dir ?? '', 'LICENSE-DejaVu.txt'), 'utf8')).toMatch(/Bitstream/);
  });
});
