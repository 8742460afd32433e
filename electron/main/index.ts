import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, Menu, app, dialog, ipcMain, session } from 'electron';
import type { Core } from '../core/app/core';
import { createCore } from '../core/app/core';
import { CONTENT_SECURITY_POLICY } from '../core/host/browser-host';
import { AppError } from '@shared/api/errors';
import {
  createQuitGuard,
  isAppPage,
  navigationAllowed,
  permissionCheckDecision,
  permissionDecision,
} from './security-policy';

/**
 * The Electron shell only wires windows, menus and IPC to the core; everything the app
 * does lives in `electron/core`, which also runs behind the browser host and the CLI.
 */
const here = fileURLToPath(new URL('.', import.meta.url));
const rendererIndex = join(here, '..', 'renderer', 'index.html');
const rendererUrl = pathToFileURL(rendererIndex).href;
const preloadPath = join(here, '..', 'preload', 'index.cjs');

let core: Core | null = null;

// Packaged, the data files (knowledge base, simulator scenarios, fonts, WMI table) are
// unpacked next to the asar archive; the core finds them through this variable.
if (app.isPackaged) {
  process.env.NOVAEVO_RESOURCES ??= join(process.resourcesPath, 'app.asar.unpacked', 'resources');
}

function isAppFrame(url: string | undefined): boolean {
  return isAppPage(url, rendererUrl);
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 700,
    backgroundColor: '#111418',
    title: 'NovaEvo Workshop',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  void window.loadFile(rendererIndex);
  return window;
}

function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    // Links, redirects and sub-frames alike: nothing leaves the app's own page.
    contents.on('will-navigate', (event, url) => {
      if (!navigationAllowed(url, rendererUrl)) event.preventDefault();
    });
    contents.on('will-frame-navigate', (details) => {
      if (!navigationAllowed(details.url, rendererUrl)) details.preventDefault();
    });
    contents.on('will-redirect', (details) => {
      if (!navigationAllowed(details.url, rendererUrl)) details.preventDefault();
    });
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
  // The camera (Kbis capture) is the only device permission the UI asks for: video only,
  // for the app's own page (security-policy.ts).
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    callback(
      permissionDecision(
        permission,
        {
          requestingUrl: details.requestingUrl,
          isMainFrame: details.isMainFrame,
          ...(mediaTypes ? { mediaTypes } : {}),
        },
        rendererUrl,
      ),
    );
  });
  session.defaultSession.setPermissionCheckHandler((_contents, permission, _origin, details) =>
    permissionCheckDecision(
      permission,
      {
        requestingUrl: details.requestingUrl,
        isMainFrame: details.isMainFrame,
        ...(details.mediaType ? { mediaType: details.mediaType } : {}),
      },
      rendererUrl,
    ),
  );
}

function wireIpc(appCore: Core): void {
  ipcMain.handle('novaevo:invoke', async (event, name: unknown, input: unknown) => {
    if (!isAppFrame(event.senderFrame?.url)) {
      return {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: { fr: 'Origine refusée.', en: 'Origin refused.' } },
      };
    }
    if (typeof name !== 'string') {
      return {
        ok: false,
        error: {
          code: 'BAD_REQUEST',
          message: { fr: 'Nom de requête invalide.', en: 'Invalid request name.' },
        },
      };
    }
    return appCore.dispatch(name, input);
  });
  appCore.events.subscribe((name, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      window.webContents.send('novaevo:event', name, payload);
    }
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  lockDownWebContents();
  Menu.setApplicationMenu(
    Menu.buildFromTemplate([
      {
        label: 'NovaEvo',
        submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'quit', label: 'Quitter' }],
      },
      {
        label: 'Édition',
        submenu: [
          { role: 'undo' },
          { role: 'redo' },
          { type: 'separator' },
          { role: 'cut' },
          { role: 'copy' },
          { role: 'paste' },
        ],
      },
      {
        label: 'Affichage',
        submenu: [
          { role: 'reload' },
          { role: 'togglefullscreen' },
          { role: 'resetZoom' },
          { role: 'zoomIn' },
          { role: 'zoomOut' },
        ],
      },
    ]),
  );
  try {
    core = await createCore({ dataDir: app.getPath('userData'), transport: 'electron' });
  } catch (error) {
    const text =
      error instanceof AppError ? `${error.localized.fr}\n\n${error.localized.en}` : String(error);
    dialog.showErrorBox('NovaEvo Workshop', text);
    app.exit(1);
    return;
  }
  wireIpc(core);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
// Quitting waits for the core to close (the last telemetry batch written, the OCR and
// document workers ended, SQLite closed), then quits for real.
app.on(
  'will-quit',
  createQuitGuard({
    close: async () => {
      await core?.close();
    },
    quit: () => app.quit(),
    onError: (error) => console.error('core close failed', error),
  }),
);

void start();
