import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractKbisFields } from '../../shared/onboarding/kbis-extract';
import { prepareImageForOcr } from '../../electron/core/onboarding/image-preprocess';
import { readKbis } from '../../electron/core/onboarding/kbis-reader';
import { OcrService } from '../../electron/core/onboarding/ocr-service';
import type { Bench } from './bench-kit';
import { ms, percentile, verdict } from './bench-kit';

const FIXTURES =
  process.env.NOVAEVO_KBIS_FIXTURES ?? path.resolve(process.cwd(), 'test-fixtures/kbis');
const TEXT_PDF = '01-kbis-sas-textlayer.pdf';
/** A4 pages of different kinds: clean 300 dpi, rotated and noisy 200 dpi, RNE extract 250 dpi. */
const IMAGES = [
  '02-kbis-sarl-clean-300dpi.png',
  '03-kbis-eurl-rotated-noise.png',
  '09-rne-artisan-ei.png',
];
const TODAY = '2026-11-27';

function expectedSiren(file: string): string {
  const expected = JSON.parse(
    readFileSync(path.join(FIXTURES, file.replace(/\.\w+$/, '.expected.json')), 'utf8'),
  ) as { siren: string };
  return expected.siren;
}

export const kbisTextLayer: Bench = {
  id: 'kbis-text-layer',
  title: 'Kbis PDF with a text layer: read and parsed (target < 300 ms)',
  async run() {
    const bytes = readFileSync(path.join(FIXTURES, TEXT_PDF));
    const ocr = new OcrService();
    const coldStarted = performance.now();
    const first = await readKbis(bytes, { ocr, today: TODAY });
    const cold = performance.now() - coldStarted;
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) {
      const started = performance.now();
      const result = await readKbis(bytes, { ocr, today: TODAY });
      samples.push(performance.now() - started);
      if (result.fields.siren.value !== first.fields.siren.value) throw new Error('unstable read');
    }
    await ocr.terminate();
    const p50 = percentile(samples, 50);
    const p95 = percentile(samples, 95);
    const pass = p95 < 300 && first.document.source === 'text_layer' && !ocr.isRunning;
    return {
      pass,
      lines: [
        '| Measure | Result | Target | |',
        '| --- | --- | --- | --- |',
        `| \`${TEXT_PDF}\` → fields, offline checks, trust (30 runs) | p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(Math.max(...samples))} | < 300 ms | ${verdict(p95 < 300)} |`,
        `| first read in a fresh process (loads pdf.js) | ${ms(cold)} | — | |`,
        '',
        `Source: ${first.document.source} (no OCR worker started), SIREN ${first.fields.siren.value}, trust ${first.trust.level} ${first.trust.score}/100.`,
      ],
    };
  },
};

/** Installs Debian's tesseract when missing; returns why it cannot, or null when it is there. */
function ensureNativeTesseract(): string | null {
  const has = () =>
    spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.includes('fra') ?? false;
  if (has()) return null;
  if (process.getuid?.() !== 0) return 'tesseract is not installed and this user cannot apt-get it';
  process.stdout.write('installing tesseract-ocr and tesseract-ocr-fra with apt-get…\n');
  const update = spawnSync('apt-get', ['update'], { stdio: 'ignore' });
  const install = spawnSync('apt-get', ['install', '-y', 'tesseract-ocr', 'tesseract-ocr-fra'], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (update.status !== 0 || install.status !== 0 || !has()) {
    return `apt-get could not install tesseract-ocr/tesseract-ocr-fra (exit ${update.status}/${install.status})`;
  }
  return null;
}

function nativeVersion(): string {
  try {
    return execFileSync('tesseract', ['--version'], { encoding: 'utf8' }).split('\n')[0] ?? '';
  } catch {
    return 'unknown';
  }
}

export const kbisOcr: Bench = {
  id: 'kbis-ocr',
  title:
    'Kbis image: one A4 page OCR’d and parsed with a warm worker (target < 4 s), vs native tesseract',
  async run() {
    const ocr = new OcrService();
    const warmUp = await ocr.warmUp();
    const rows: string[] = [];
    const jsTimes: number[] = [];
    const nativeTimes: number[] = [];
    const folder = mkdtempSync(path.join(tmpdir(), 'novaevo-bench-ocr-'));
    const nativeProblem = ensureNativeTesseract();
    let allRight = true;
    try {
      for (const file of IMAGES) {
        const bytes = readFileSync(path.join(FIXTURES, file));
        const siren = expectedSiren(file);
        // Two runs each: the first page after warm-up still pays one-off allocations.
        const runs: number[] = [];
        let found: string | null = null;
        for (let i = 0; i < 2; i++) {
          const started = performance.now();
          const result = await readKbis(bytes, { ocr, today: TODAY });
          runs.push(performance.now() - started);
          found = result.fields.siren.value;
        }
        const jsMs = Math.min(...runs);
        jsTimes.push(jsMs);
        allRight &&= found === siren;

        // Native tesseract gets the same pre-processed page and the same settings (fra, PSM 6).
        let nativeCell = 'n/a';
        let ratioCell = 'n/a';
        if (nativeProblem === null) {
          const prepared = await prepareImageForOcr(bytes);
          const input = path.join(folder, `${file}.png`);
          writeFileSync(input, prepared.png);
          const nativeRuns: number[] = [];
          let nativeSiren: string | null = null;
          for (let i = 0; i < 2; i++) {
            const started = performance.now();
            const out = spawnSync(
              'tesseract',
              [
                input,
                'stdout',
                '-l',
                'fra',
                '--oem',
                '1',
                '--psm',
                '6',
                '-c',
                'preserve_interword_spaces=1',
              ],
              { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
            );
            const text = out.stdout ?? '';
            const { fields } = extractKbisFields(text.split('\n').map((line) => ({ text: line })));
            nativeRuns.push(performance.now() - started);
            nativeSiren = fields.siren.value;
          }
          const nativeMs = Math.min(...nativeRuns);
          nativeTimes.push(nativeMs);
          nativeCell = `${ms(nativeMs)}${nativeSiren === siren ? '' : ' (SIREN missed)'}`;
          ratioCell = `${(jsMs / nativeMs).toFixed(2)}×`;
        }
        rows.push(
          `| \`${file}\` | ${ms(jsMs)}${found === siren ? '' : ' (SIREN missed)'} | ${verdict(jsMs < 4000)} | ${nativeCell} | ${ratioCell} |`,
        );
      }
    } finally {
      await ocr.terminate();
      rmSync(folder, { recursive: true, force: true });
    }
    const worst = Math.max(...jsTimes);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const ratio = nativeTimes.length > 0 ? sum(jsTimes) / sum(nativeTimes) : null;
    return {
      pass: worst < 4000 && allRight,
      lines: [
        '| Page | tesseract.js (warm worker), OCR + parse | < 4 s | native `tesseract` (same page, fra, PSM 6) + parse | ratio js / native |',
        '| --- | --- | --- | --- | --- |',
        ...rows,
        '',
        `Worker warm-up (WASM core + French LSTM model, measured apart, paid once per core and after each idle release): ${ms(warmUp)}.`,
        `Each time is the better of two runs and includes pre-processing (sharp: grey, deskew, ~300 dpi, contrast stretch, median) and field extraction; tesseract.js runs one worker on one thread.`,
        nativeProblem === null
          ? `Native: ${nativeVersion()} from Debian (apt \`tesseract-ocr\`, \`tesseract-ocr-fra\`), default threading, timed as a process (start-up and model load included on every page). Overall ratio js / native: ${ratio?.toFixed(2)}×.`
          : `Native comparison not run: ${nativeProblem}.`,
      ],
    };
  },
};

export const onboardingBenches: Bench[] = [kbisTextLayer, kbisOcr];

// Guards against a missing fixture folder giving an empty, "passing" section.
if (!existsSync(FIXTURES)) {
  process.stderr.write(`onboarding benches: no fixtures at ${FIXTURES}\n`);
}
