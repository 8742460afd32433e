import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_FOLDER = 'novaevo-workshop';
export const DATABASE_FILE = 'novaevo.sqlite';

/**
 * Where the browser host and CLI keep data when no `--data-dir` is given. Electron passes
 * its own `userData` instead.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NOVAEVO_DATA_DIR) return env.NOVAEVO_DATA_DIR;
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, APP_FOLDER);
  if (process.platform === 'darwin') {
    return join(homedir(), 'Library', 'Application Support', APP_FOLDER);
  }
  const xdg = env.XDG_DATA_HOME && env.XDG_DATA_HOME !== '' ? env.XDG_DATA_HOME : null;
  return join(xdg ?? join(homedir(), '.local', 'share'), APP_FOLDER);
}

export function databasePath(dataDir: string): string {
  return join(dataDir, DATABASE_FILE);
}
