/**
 * The Electron shell's security decisions as plain functions of their inputs, so each rule is
 * unit-tested without an Electron binary (electron/main/index.ts only wires them to the
 * session and web contents events). This file imports nothing from electron.
 */

/** The app's page: `file:///…/out/renderer/index.html`, any hash (the renderer's routes). */
export function isAppPage(url: string | undefined, appPageUrl: string): boolean {
  if (url === undefined || url.length === 0) return false;
  return url.split('#')[0] === appPageUrl;
}

/**
 * Where a frame may go: only the app's own page. Used for `will-navigate`, `will-redirect`
 * and `will-frame-navigate` (sub-frames included): a link, a redirect or a frame pointing
 * anywhere else is stopped. New windows are denied separately.
 */
export function navigationAllowed(url: string, appPageUrl: string): boolean {
  return isAppPage(url, appPageUrl);
}

/** What Electron tells a permission request handler about the request. */
export interface PermissionRequestDetails {
  /** The URL of the frame that asked. */
  requestingUrl?: string;
  isMainFrame?: boolean;
  /** For `media`: the devices asked for. */
  mediaTypes?: readonly ('video' | 'audio')[];
}

/**
 * `setPermissionRequestHandler`: the camera (the Kbis capture) is the only permission the UI
 * asks for. Granted only as `media` with video alone (never the microphone), only to the
 * app's own page in its main frame.
 */
export function permissionDecision(
  permission: string,
  details: PermissionRequestDetails,
  appPageUrl: string,
): boolean {
  if (permission !== 'media') return false;
  if (details.isMainFrame === false) return false;
  if (!isAppPage(details.requestingUrl, appPageUrl)) return false;
  const types = details.mediaTypes ?? [];
  return types.length > 0 && types.every((type) => type === 'video');
}

/** What Electron tells a permission check handler. */
export interface PermissionCheckDetails {
  requestingUrl?: string;
  isMainFrame?: boolean;
  /** For `media`: `video`, `audio` or `unknown`. */
  mediaType?: string;
}

/**
 * `setPermissionCheckHandler` (synchronous checks, e.g. before enumerating devices): the
 * same rule — `media` of type video, from the app's own page — everything else is refused.
 */
export function permissionCheckDecision(
  permission: string,
  details: PermissionCheckDetails,
  appPageUrl: string,
): boolean {
  if (permission !== 'media') return false;
  if (details.isMainFrame === false) return false;
  if (!isAppPage(details.requestingUrl, appPageUrl)) return false;
  return details.mediaType === 'video';
}

export interface QuitGuardOptions {
  /** Closes the core: the last telemetry batch, the OCR and document workers, SQLite. */
  close: () => Promise<void>;
  /** Quits for real (app.quit) once closed. */
  quit: () => void;
  /** Logs a close that failed or ran out of time; quitting goes on. */
  onError?: (error: unknown) => void;
  /** A close that hangs must not keep the app open forever. */
  timeoutMs?: number;
  setTimer?: (callback: () => void, ms: number) => unknown;
}

/**
 * The `will-quit` handler: the first quit is held (preventDefault) while the core closes,
 * then quits again; quits arriving meanwhile are held too; once closed, quitting proceeds.
 */
export function createQuitGuard(
  options: QuitGuardOptions,
): (event: { preventDefault(): void }) => void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const finish = () => {
    if (state === 'closed') return;
    state = 'closed';
    options.quit();
  };
  return (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    setTimer(() => {
      options.onError?.(new Error('core.close() timed out'));
      finish();
    }, options.timeoutMs ?? 10_000);
    options
      .close()
      .catch((error: unknown) => options.onError?.(error))
      .finally(finish);
  };
}
