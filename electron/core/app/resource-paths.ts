import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `$NOVAEVO_RESOURCES/<name>` when set (packaged app, CLI run from elsewhere); otherwise the
 * first ancestor of this module holding `resources/<name>`, which finds the folder both from
 * the sources (electron/core/diagnosis) and from the bundled CLI (out/main). Null when absent,
 * so each caller words its own error.
 */
export function findResourceDir(name: string): string | null {
  const fromEnv = process.env['NOVAEVO_RESOURCES'];
  if (fromEnv !== undefined && fromEnv !== '') {
    const candidate = resolve(fromEnv, name);
    return existsSync(candidate) && statSync(candidate).isDirectory() ? candidate : null;
  }
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'resources', name);
    if (existsSync(candidate) && statSync(candidate).isDirectory()) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
