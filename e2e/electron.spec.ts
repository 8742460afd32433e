import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

const require = createRequire(import.meta.url);

/** Electron 42+ downloads its binary on first use; it is absent on offline machines. */
function electronBinary(): string | null {
  try {
    const pkgDir = dirname(require.resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the Electron window opens sandboxed, on the Clients screen, in French', async () => {
  test.skip(
    binary === null,
    'No Electron binary on this machine (it cannot be downloaded offline); the same renderer is tested in Chromium against the browser host.',
  );
  const app = await electron.launch({
    executablePath: binary ?? undefined,
    args: ['.', `--user-data-dir=${join(process.cwd(), 'test-results', 'electron-user-data')}`],
  });
  const window = await app.firstWindow();
  await expect(window.getByRole('heading', { name: 'Clients & véhicules' })).toBeVisible();
  // Sandboxed and isolated: the page sees no Node globals, only the two bridge functions.
  const surface = await window.evaluate(() => ({
    process: typeof (globalThis as { process?: unknown }).process,
    require: typeof (globalThis as { require?: unknown }).require,
    bridge: Object.keys((globalThis as { novaevo?: object }).novaevo ?? {}).sort(),
  }));
  expect(surface).toEqual({ process: 'undefined', require: 'undefined', bridge: ['invoke', 'on'] });
  await app.close();
});
