// Hand-written hostile PDFs: page trees and xref chains that loop, a stream whose length points at itself.

/** Assembles numbered objects into a PDF with a correct xref table and the given trailer entries. */
export function assemblePdf(objects: readonly string[], trailer: string, extraTail = ''): Uint8Array {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} ${trailer.replace('XREF', String(xrefAt))} >>\n`;
  body += `startxref\n${xrefAt}\n%%EOF\n${extraTail}`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

const PAGE_CONTENT = 'BT /F1 12 Tf 72 720 Td (Kommunen tillstyrker) Tj ET';

/** The page tree's Kids point back at the tree itself. */
export function pdfWithLoopingPageTree(): Uint8Array {
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1000000 >>',
      '<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 5 >>',
    ],
    '/Root 1 0 R',
  );
}

/** The trailer's /Prev points at its own xref table, so the xref chain never ends. */
export function pdfWithLoopingXref(): Uint8Array {
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      `<< /Length ${PAGE_CONTENT.length} >>\nstream\n${PAGE_CONTENT}\nendstream`,
    ],
    '/Root 1 0 R /Prev XREF',
  );
}

/** A content stream whose /Length is an indirect reference to the stream object itself. */
export function pdfWithSelfReferentialLength(): Uint8Array {
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      `<< /Length 4 0 R >>\nstream\n${PAGE_CONTENT}\nendstream`,
    ],
    '/Root 1 0 R',
  );
}

/** A page whose inherited resources point in a circle through its parents. */
export function pdfWithParentCycle(): Uint8Array {
  return assemblePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>',
      '<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>',
      `<< /Length ${PAGE_CONTENT.length} >>\nstream\n${PAGE_CONTENT}\nendstream`,
    ],
    '/Root 1 0 R',
  );
}

/** Only a PDF header, then noise. */
export function pdfHeaderThenGarbage(): Uint8Array {
  const noise = Buffer.alloc(20_000);
  for (let i = 0; i < noise.length; i += 1) noise[i] = (i * 7919) % 251;
  return new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]));
}
