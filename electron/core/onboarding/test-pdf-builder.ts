/**
 * Builds small, valid PDFs for intake tests without a PDF library: many pages, encryption,
 * odd page sizes, binary (compressed) content streams, Info dictionaries and incremental
 * updates appended the way editors save them.
 */
export interface TestPdfPage {
  /** Width and height in points (default A4, 595 × 842). */
  size?: [number, number];
  /** Shown with Helvetica 12 pt near the top; ignored when `content` is given. */
  text?: string;
  /** A raw content stream and the filters it is encoded with, e.g. a deflate bomb. */
  content?: { data: Buffer; filters: string[] };
}

export interface TestPdfOptions {
  pages: TestPdfPage[];
  /** Body of the Info dictionary, e.g. `/Producer (Editique RCS) /CreationDate (D:2026…)`. */
  info?: string;
  encrypted?: boolean;
  /** Saves appended after the first version, each with its own Info and xref section. */
  updates?: { info: string }[];
}

type PdfObject = string | Buffer;

function streamObject(dictionary: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
}

function pageContent(page: TestPdfPage): Buffer {
  if (page.content) {
    const filter =
      page.content.filters.length === 0
        ? ''
        : `/Filter [${page.content.filters.map((f) => `/${f}`).join(' ')}]`;
    return streamObject(filter, page.content.data);
  }
  const [, height] = page.size ?? [595, 842];
  const text = `BT /F1 12 Tf 72 ${height - 122} Td (${page.text ?? 'Page'}) Tj ET`;
  return streamObject('', Buffer.from(text, 'latin1'));
}

export function buildPdf(options: TestPdfOptions): Buffer {
  const objects: PdfObject[] = [];
  const pageIds = options.pages.map((_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${options.pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  options.pages.forEach((page, i) => {
    const id = pageIds[i] ?? 0;
    const [width, height] = page.size ?? [595, 842];
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${width} ${height}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = pageContent(page);
  });
  let trailerExtra = '';
  if (options.info !== undefined) {
    objects.push(`<< ${options.info} >>`);
    trailerExtra += ` /Info ${objects.length - 1} 0 R`;
  }
  if (options.encrypted) {
    // Standard security handler, revision 2, with /O and /U that no empty password opens.
    objects.push(
      `<< /Filter /Standard /V 1 /R 2 /O <${'A1'.repeat(32)}> /U <${'B2'.repeat(32)}> /P -44 >>`,
    );
    trailerExtra += ` /Encrypt ${objects.length - 1} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]`;
  }
  const chunks: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let size = chunks[0]?.length ?? 0;
  const append = (part: PdfObject) => {
    const buffer = typeof part === 'string' ? Buffer.from(part, 'latin1') : part;
    chunks.push(buffer);
    size += buffer.length;
  };
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = size;
    append(`${id} 0 obj\n`);
    append(objects[id] ?? 'null');
    append('\nendobj\n');
  }
  let xrefAt = size;
  append(`xref\n0 ${objects.length}\n0000000000 65535 f \n`);
  for (let id = 1; id < objects.length; id++) {
    append(`${String(offsets[id]).padStart(10, '0')} 00000 n \n`);
  }
  append(
    `trailer\n<< /Size ${objects.length} /Root 1 0 R${trailerExtra} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
  );
  // An incremental update: a new Info object, an xref section for it alone, a trailer that
  // points back to the previous section — what "Save" in an editor appends.
  let count = objects.length;
  for (const update of options.updates ?? []) {
    const id = count++;
    const at = size;
    append(`${id} 0 obj\n<< ${update.info} >>\nendobj\n`);
    const previous = xrefAt;
    xrefAt = size;
    append(`xref\n${id} 1\n${String(at).padStart(10, '0')} 00000 n \n`);
    append(
      `trailer\n<< /Size ${count} /Root 1 0 R /Info ${id} 0 R /Prev ${previous} >>\nstartxref\n${xrefAt}\n%%EOF\n`,
    );
  }
  return Buffer.concat(chunks);
}

/** The original small builder: `pages` identical pages showing `text`. */
export function buildTestPdf(options: {
  pages: number;
  text?: string;
  encrypted?: boolean;
}): Buffer {
  return buildPdf({
    pages: Array.from({ length: options.pages }, () => ({ text: options.text ?? 'Page' })),
    ...(options.encrypted ? { encrypted: true } : {}),
  });
}
