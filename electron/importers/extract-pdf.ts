// PDF files via pdfjs-dist: text lines per page, refusing encrypted files and scans without text.
import type { RawLine } from '../../shared/text/raw-line';
import type { Extraction } from './extraction';
import { ImportError } from './import-error';
import type { ImportLimits } from './import-options';
import { loadPdfJs } from './load-pdfjs';
import { pageItemsToLines, type PdfTextItem } from './pdf-text-lines';

/** Fewer visible characters than this per page (on average) means the PDF is a scan. */
const MIN_CHARS_PER_PAGE = 20;

export async function extractPdf(
  fileName: string,
  bytes: Uint8Array,
  limits: ImportLimits,
): Promise<Extraction> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string }).name;
    if (name === 'PasswordException') throw new ImportError('encrypted_pdf', fileName);
    throw new ImportError('corrupt_file', fileName, error instanceof Error ? error.message : String(error));
  }
  try {
    const pageCount = Math.min(doc.numPages, limits.maxPdfPages);
    const lines: RawLine[] = [];
    const pageTexts: string[] = [];
    let visible = 0;
    for (let n = 1; n <= pageCount; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items: PdfTextItem[] = content.items.filter((item) => 'str' in item) as PdfTextItem[];
      const pageLines = pageItemsToLines(items, n);
      page.cleanup();
      lines.push(...pageLines);
      const text = pageLines.map((l) => l.text).join('\n');
      pageTexts.push(text);
      visible += text.replace(/\s/gu, '').length;
    }
    if (visible < Math.max(1, pageCount) * MIN_CHARS_PER_PAGE && visible < 200) {
      throw new ImportError('no_text_layer', fileName);
    }
    let lineNumber = 0;
    for (const line of lines) line.line = ++lineNumber;
    return { format: 'pdf', rawText: pageTexts.join('\n\f'), lines };
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('corrupt_file', fileName, error instanceof Error ? error.message : String(error));
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
