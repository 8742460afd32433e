import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export interface StaticFile {
  body: Buffer;
  gzipped: Buffer | null;
  contentType: string;
  immutable: boolean;
}

/**
 * Serves the renderer build from memory. Files are read once and gzipped once: the
 * first screen's time-to-paint is dominated by these bytes. The cache is keyed by the
 * resolved file, and only files that exist are kept: it is bounded by the build folder,
 * whatever paths clients ask for (misses and other spellings of a path add nothing).
 */
export class StaticFiles {
  private readonly cache = new Map<string, StaticFile>();

  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** Number of files held in memory. */
  get cachedFiles(): number {
    return this.cache.size;
  }

  /** `decodedPath` is a URL path already percent-decoded by the request guard. */
  get(decodedPath: string): StaticFile | null {
    const relative = normalize(decodedPath).replace(/^([/\\])+/, '');
    const full = resolve(this.root, relative);
    if (full === this.root || !full.startsWith(this.root + sep)) return null;
    const cached = this.cache.get(full);
    if (cached) return cached;
    const file = this.load(full);
    if (file) this.cache.set(full, file);
    return file;
  }

  private load(full: string): StaticFile | null {
    if (!existsSync(full) || !statSync(full).isFile()) return null;
    const body = readFileSync(full);
    const contentType = CONTENT_TYPES[extname(full)] ?? 'application/octet-stream';
    const compressible = /text|javascript|json|svg/.test(contentType) && body.length > 1024;
    return {
      body,
      gzipped: compressible ? gzipSync(body, { level: 6 }) : null,
      contentType,
      immutable: full.startsWith(join(this.root, 'assets') + sep),
    };
  }
}

/** Finds `out/renderer` from the bundled CLI (out/main) or from sources (electron/core/host). */
export function defaultRendererDir(): string | null {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, 'renderer'), join(dir, 'out', 'renderer')]) {
      if (existsSync(join(candidate, 'index.html'))) return candidate;
    }
    dir = dirname(dir);
  }
  return null;
}
