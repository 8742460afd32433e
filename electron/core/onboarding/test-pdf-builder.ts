/** Builds small, valid PDFs for intake tests (many pages, encryption) without a PDF library. */
export function buildTestPdf(options: {
  pages: number;
  text?: string;
  encrypted?: boolean;
}): Buffer {
  const objects: string[] = [];
  const pageIds = Array.from({ length: options.pages }, (_, i) => 4 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${options.pages} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
  for (const id of pageIds) {
    const stream = `BT /F1 12 Tf 72 720 Td (${options.text ?? 'Page'}) Tj ET`;
    objects[id] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  }
  const encryptId = objects.length;
  if (options.encrypted) {
    // Standard security handler, revision 2, with /O and /U that no empty password opens.
    const hex32 = 'A1'.repeat(32);
    objects[encryptId] =
      `<< /Filter /Standard /V 1 /R 2 /O <${hex32}> /U <${'B2'.repeat(32)}> /P -44 >>`;
  }
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body, 'latin1');
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++)
    body += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypted
    ? ` /Encrypt ${encryptId} 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]`
    : '';
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encrypt} >>\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
