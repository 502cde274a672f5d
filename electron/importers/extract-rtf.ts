// Rich Text Format (.rtf) files: paragraphs from the RTF reader become lines for the cleaner.
import type { Extraction } from './extraction';
import { ImportError } from './import-error';
import { rtfToParagraphs } from './rtf-to-lines';

export function extractRtf(fileName: string, bytes: Uint8Array): Extraction {
  const source = new TextDecoder('latin1').decode(bytes);
  let paragraphs: string[];
  try {
    paragraphs = rtfToParagraphs(source);
  } catch (error) {
    throw new ImportError('corrupt_file', fileName, error instanceof Error ? error.message : String(error));
  }
  const kept = paragraphs.map((p) => p.replace(/\s+/gu, ' ').trim()).filter((p) => p !== '');
  if (kept.length === 0) throw new ImportError('empty_file', fileName);
  const lines = kept.map((text, index) => ({ text, line: index + 1, hint: { type: 'paragraph' as const } }));
  return { format: 'rtf', rawText: kept.join('\n'), lines };
}
