import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  createQuitGuard,
  navigationAllowed,
  permissionCheckDecision,
  permissionDecision,
} from './security-policy';

const APP = 'file:///opt/NovaEvo/resources/app.asar/out/renderer/index.html';

describe('permissions', () => {
  it('grants the camera alone, to the app page in its main frame', () => {
    const fromApp = { requestingUrl: `${APP}#/onboarding`, isMainFrame: true };
    expect(permissionDecision('media', { ...fromApp, mediaTypes: ['video'] }, APP)).toBe(true);
    expect(permissionDecision('media', { ...fromApp, mediaTypes: ['audio'] }, APP)).toBe(false);
    expect(permissionDecision('media', { ...fromApp, mediaTypes: ['video', 'audio'] }, APP)).toBe(
      false,
    );
    expect(permissionDecision('media', { ...fromApp, mediaTypes: [] }, APP)).toBe(false);
    expect(permissionDecision('media', fromApp, APP)).toBe(false);
    for (const other of ['geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(permissionDecision(other, { ...fromApp, mediaTypes: ['video'] }, APP)).toBe(false);
    }
  });

  it('refuses other pages and sub-frames', () => {
    for (const requestingUrl of [
      'https://evil.example/',
      'file:///tmp/index.html',
      `${APP}.evil`,
      undefined,
    ]) {
      expect(
        permissionDecision(
          'media',
          { requestingUrl, isMainFrame: true, mediaTypes: ['video'] },
          APP,
        ),
      ).toBe(false);
    }
    expect(
      permissionDecision(
        'media',
        { requestingUrl: APP, isMainFrame: false, mediaTypes: ['video'] },
        APP,
      ),
    ).toBe(false);
  });

  it('answers permission checks with the same rule', () => {
    const fromApp = { requestingUrl: APP, isMainFrame: true };
    expect(permissionCheckDecision('media', { ...fromApp, mediaType: 'video' }, APP)).toBe(true);
    expect(permissionCheckDecision('media', { ...fromApp, mediaType: 'audio' }, APP)).toBe(false);
    expect(permissionCheckDecision('media', { ...fromApp, mediaType: 'unknown' }, APP)).toBe(false);
    expect(permissionCheckDecision('background-sync', fromApp, APP)).toBe(false);
    expect(
      permissionCheckDecision(
        'media',
        { requestingUrl: 'https://evil.example/', isMainFrame: true, mediaType: 'video' },
        APP,
      ),
    ).toBe(false);
  });
});

describe('navigation', () => {
  it('stays on the app page, whatever the hash', () => {
    expect(navigationAllowed(APP, APP)).toBe(true);
    expect(navigationAllowed(`${APP}#/clients/42`, APP)).toBe(true);
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      `${APP}?x=1`,
      'javascript:alert(1)',
      'data:text/html,hi',
      '',
    ]) {
      expect(navigationAllowed(url, APP), url).toBe(false);
    }
  });
});

describe('quitting', () => {
  it('holds the quit until the core is closed, then quits once', async () => {
    const events: string[] = [];
    let closeCore: () => void = () => undefined;
    const guard = createQuitGuard({
      close: () =>
        new Promise<void>((resolve) => {
          events.push('closing');
          closeCore = () => {
            events.push('closed');
            resolve();
          };
        }),
      quit: () => events.push('quit'),
      setTimer: () => undefined,
    });
    let prevented = 0;
    const event = { preventDefault: () => prevented++ };
    guard(event);
    guard(event); // a second quit while closing is held too
    expect(prevented).toBe(2);
    expect(events).toEqual(['closing']);
    closeCore();
    await expect.poll(() => events).toEqual(['closing', 'closed', 'quit']);
    guard(event); // the final quit goes through
    expect(prevented).toBe(2);
  });

  it('quits anyway when closing fails or hangs', async () => {
    const errors: unknown[] = [];
    let quits = 0;
    const failing = createQuitGuard({
      close: () => Promise.reject(new Error('disk full')),
      quit: () => quits++,
      onError: (error) => errors.push(error),
      setTimer: () => undefined,
    });
    failing({ preventDefault: () => undefined });
    await expect.poll(() => quits).toBe(1);
    expect(String(errors[0])).toContain('disk full');

    let fire: () => void = () => undefined;
    const hanging = createQuitGuard({
      close: () => new Promise<void>(() => undefined),
      quit: () => quits++,
      setTimer: (callback) => {
        fire = callback;
      },
    });
    hanging({ preventDefault: () => undefined });
    fire();
    expect(quits).toBe(2);
  });
});

describe('electron-builder.yml', () => {
  it('flips the fuses that lock the packaged app down', () => {
    const config = parse(readFileSync('electron-builder.yml', 'utf8')) as {
      electronFuses?: Record<string, boolean>;
    };
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
  });
});
