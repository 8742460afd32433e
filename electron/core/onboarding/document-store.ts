import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DocumentFormat } from './document-intake';

const EXTENSIONS: Record<DocumentFormat, string> = {
  pdf: 'pdf',
  jpeg: 'jpg',
  png: 'png',
  tiff: 'tif',
  webp: 'webp',
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Uploaded documents live in the data folder, named by their SHA-256: the same file uploaded
 * twice is stored once and its read result (keyed by the hash) is reused.
 */
export class DocumentFileStore {
  constructor(private readonly dataDir: string) {}

  relativePath(sha256: string, format: DocumentFormat): string {
    return path.posix.join('onboarding', 'documents', `${sha256}.${EXTENSIONS[format]}`);
  }

  async save(sha256: string, format: DocumentFormat, bytes: Uint8Array): Promise<string> {
    const relative = this.relativePath(sha256, format);
    const target = path.join(this.dataDir, relative);
    const exists = await stat(target).then(
      (info) => info.size === bytes.length,
      () => false,
    );
    if (!exists) {
      // Private like the database: a Kbis names the company's officers.
      await mkdir(path.dirname(target), { recursive: true, mode: 0o700 });
      // Written aside then renamed: a crash never leaves a truncated file under the final name.
      const temporary = `${target}.${process.pid}.partial`;
      await writeFile(temporary, bytes, { mode: 0o600 });
      await rename(temporary, target);
    }
    return relative;
  }

  read(relative: string): Promise<Buffer> {
    return readFile(path.join(this.dataDir, relative));
  }
}
