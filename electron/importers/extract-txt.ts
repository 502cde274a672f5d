// Plain text files: encoding detection (UTF-8, UTF-16, Windows-1252) and a check for binary junk.
import { decodeText, looksBinary } from '../../shared/text/decode-text';
import { textToRawLines } from '../../shared/text/prepare-lines';
import type { Extraction } from './extraction';
import { ImportError } from './import-error';

export function extractTxt(fileName: string, bytes: Uint8Array): Extraction {
  const { text } = decodeText(bytes);
  if (looksBinary(text)) throw new ImportError('corrupt_file', fileName, 'binary data, not text');
  const rawText = text.replace(/\r\n?/gu, '\n');
  if (rawText.trim() === '') throw new ImportError('empty_file', fileName);
  return { format: 'txt', rawText, lines: textToRawLines(rawText) };
}
