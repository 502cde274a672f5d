// Word (.docx) files via mammoth, after the zip has passed the size, ratio and XML checks.
import type { Extraction } from './extraction';
import { checkOfficeZip } from './check-office-zip';
import { htmlToBlockLines } from './html-blocks';
import { ImportError } from './import-error';
import type { ImportLimits } from './import-options';

export async function extractDocx(
  fileName: string,
  bytes: Uint8Array,
  limits: ImportLimits,
): Promise<Extraction> {
  const entries = checkOfficeZip(fileName, bytes, limits);
  if (!entries.has('word/document.xml'))
    throw new ImportError('corrupt_file', fileName, 'no word/document.xml');
  const mammoth = (await import('mammoth')).default;
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    throw new ImportError('corrupt_file', fileName, error instanceof Error ? error.message : String(error));
  }
  const lines = htmlToBlockLines(html);
  const rawText = lines.map((l) => l.text).join('\n');
  if (rawText.trim() === '') throw new ImportError('empty_file', fileName);
  return { format: 'docx', rawText, lines };
}
