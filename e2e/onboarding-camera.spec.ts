import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import sharp from 'sharp';
import type { RegistryTestServer } from '../electron/core/onboarding/registry-test-server';
import { startRegistryTestServer } from '../electron/core/onboarding/registry-test-server';
import { writeY4m } from './fake-camera';
import type { RunningHost } from './host';
import { freshDataDir, startHost } from './host';
import { fillAccount, KBIS_FIXTURES } from './onboarding-kit';

// The webcam path of the Kbis step, with Chromium's fake camera playing a Kbis page lying
// on a desk, once per desk colour. The camera flags are set by the `cameraPage` fixture below.

const FIXTURE = '02-kbis-sarl-clean-300dpi';
/** A 1080p webcam looking down at an A4 page lying on a desk (the page is ~760 px wide). */
const CAMERA = { width: 1920, height: 1080 };
type Rgb = { r: number; g: number; b: number };
/**
 * The desks the page is filmed on. On the black one the whole frame used to go to OCR, the
 * page a small strip of it: the SIREN was read but the dénomination lost. The page is now
 * cut out of the frame first.
 */
const DESKS: { name: string; colour: Rgb }[] = [
  { name: 'grey', colour: { r: 128, g: 128, b: 128 } },
  { name: 'black', colour: { r: 0, g: 0, b: 0 } },
];

interface Expected {
  siren: string;
  denomination: string;
}
const expected = JSON.parse(
  readFileSync(path.join(KBIS_FIXTURES, `${FIXTURE}.expected.json`), 'utf8'),
) as Expected;

const test = base.extend<{ desk: Rgb; cameraPage: Page }>({
  desk: [DESKS[0]!.colour, { option: true }],
  // Chromium takes its fake camera's file at launch: each test launches a browser of its own
  // playing the page on its desk, and every other spec keeps a browser without a camera.
  cameraPage: async ({ playwright, browserName, launchOptions, locale, desk }, use) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'novaevo-camera-'));
    const file = path.join(dir, `${FIXTURE}.y4m`);
    await writeY4m(path.join(KBIS_FIXTURES, `${FIXTURE}.png`), file, {
      ...CAMERA,
      background: desk,
    });
    const browser = await playwright[browserName].launch({
      ...launchOptions,
      args: [
        ...(launchOptions.args ?? []),
        '--use-fake-ui-for-media-stream',
        '--use-fake-device-for-media-stream',
        `--use-file-for-fake-video-capture=${file}`,
      ],
    });
    try {
      const page = await (await browser.newContext({ locale })).newPage();
      // Playwright's screenshot and trace on failure cover this browser too.
      await use(page);
    } finally {
      await browser.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

// The few browser types used in page scripts (the e2e tsconfig has no DOM lib).
interface CameraStream {
  getTracks(): { readyState: 'live' | 'ended' }[];
}
interface BrowserSide {
  navigator: { mediaDevices: { getUserMedia(constraints: unknown): Promise<CameraStream> } };
  __cameraStreams?: CameraStream[];
}
interface VideoElement {
  videoWidth: number;
  videoHeight: number;
  currentTime: number;
}

let host: RunningHost | null = null;
let registry: RegistryTestServer | null = null;

test.beforeEach(async () => {
  // Nothing leaves the machine: the registry is a local stand-in that knows no company.
  registry = await startRegistryTestServer([]);
  host = await startHost(freshDataDir(), [], { NOVAEVO_REGISTRY_URL: registry.url });
});

test.afterEach(async () => {
  await host?.stop();
  await registry?.close();
  host = null;
  registry = null;
});

for (const desk of DESKS) {
  test.describe(`on a ${desk.name} desk`, () => {
    test.use({ desk: desk.colour });
    test('a Kbis photographed with the webcam is read like an uploaded scan', webcamPageIsRead);
  });
}

async function webcamPageIsRead({ cameraPage: page }: { cameraPage: Page }): Promise<void> {
  if (!host) throw new Error('no host');
  // Keeps every stream the page opens, to check the camera is really released.
  await page.addInitScript(() => {
    const browserSide = globalThis as unknown as BrowserSide;
    const opened: CameraStream[] = [];
    browserSide.__cameraStreams = opened;
    const devices = browserSide.navigator.mediaDevices;
    const getUserMedia = devices.getUserMedia.bind(devices);
    devices.getUserMedia = async (constraints) => {
      const stream = await getUserMedia(constraints);
      opened.push(stream);
      return stream;
    };
  });
  const cameraTracks = () =>
    page.evaluate(() =>
      ((globalThis as unknown as BrowserSide).__cameraStreams ?? [])
        .flatMap((stream) => stream.getTracks())
        .map((track) => track.readyState),
    );

  await page.goto(host.url);
  await fillAccount(page);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByRole('heading', { name: 'Extrait Kbis' })).toBeVisible();

  await page.getByRole('button', { name: 'Prendre une photo' }).click();
  const panel = page.getByRole('region', { name: 'Photo du document' });
  await panel.getByRole('button', { name: 'Activer la caméra' }).click();
  const preview = panel.getByLabel('Aperçu de la caméra');
  await expect(preview).toBeVisible();
  await expect(panel.getByRole('alert')).toHaveCount(0);
  // Live: frames at the camera's full resolution, and the clock running.
  await expect
    .poll(() => preview.evaluate((video: VideoElement) => [video.videoWidth, video.videoHeight]))
    .toEqual([CAMERA.width, CAMERA.height]);
  await expect
    .poll(() => preview.evaluate((video: VideoElement) => video.currentTime))
    .toBeGreaterThan(0);
  expect(await cameraTracks()).toEqual(['live']);
  await page.screenshot({ path: test.info().outputPath('camera-preview.png') });

  const upload = page.waitForRequest('**/api/onboarding.uploadDocument');
  await panel.getByRole('button', { name: 'Capturer la page' }).click();

  // The panel closes and the camera is released (its light goes off).
  await expect(panel).toHaveCount(0);
  await expect(page.getByLabel('Aperçu de la caméra')).toHaveCount(0);
  await expect.poll(cameraTracks).toEqual(['ended']);

  // What is sent is the whole camera frame as a PNG, not a thumbnail of the preview.
  const sent = (await upload).postDataJSON() as {
    fileName: string;
    mime: string;
    dataBase64: string;
  };
  expect(sent.mime).toBe('image/png');
  expect(sent.fileName).toMatch(/^photo-.*\.png$/);
  const frame = await sharp(Buffer.from(sent.dataBase64, 'base64')).metadata();
  expect([frame.format, frame.width, frame.height]).toEqual(['png', CAMERA.width, CAMERA.height]);

  // Then the same OCR as an uploaded image, and the fields the page carries.
  await expect(page.getByRole('heading', { name: 'Vérifiez les informations lues' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('textbox', { name: 'SIREN', exact: true })).toHaveValue(
    expected.siren,
  );
  await expect(page.getByRole('textbox', { name: 'Dénomination', exact: true })).toHaveValue(
    expected.denomination,
  );
  await page.screenshot({ path: test.info().outputPath('camera-review.png'), fullPage: true });

  // Back on the document step: the photo is the document, read by OCR.
  await page.getByRole('button', { name: 'Document', exact: true }).click();
  await expect(page.getByText(/^Document : photo-.*\.png/)).toBeVisible();
  await expect(page.getByText(/reconnaissance de caractères, 1 page\(s\)/)).toBeVisible();
}
