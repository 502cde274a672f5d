// Turns an extraction into an ImportedDocument: cleaned blocks, detected metadata, content hash.
import { createHash } from 'node:crypto';
import type { ImportedDocument } from '../../shared/domain/types';
import { cleanLines } from '../../shared/text/clean-text';
import { detectMetadata } from '../../shared/text/detect-metadata';
import type { Extraction } from './extraction';
import { ImportError } from './import-error';

export function buildDocument(fileName: string, extraction: Extraction): ImportedDocument {
  const { text, blocks } = cleanLines(extraction.lines);
  if (text.trim() === '') throw new ImportError('empty_file', fileName);
  const meta = detectMetadata(extraction.rawText);
  return {
    fileName,
    sourceFormat: extraction.format,
    respondent: meta.respondent || fallbackRespondent(fileName),
    respondentType: meta.respondentType,
    date: meta.date,
    diaryNumber: meta.diaryNumber,
    text,
    rawText: extraction.rawText,
    blocks,
    contentHash: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}

/** When no body is named in the text, the file name (without extension) stands in. */
function fallbackRespondent(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
  return base.replace(/[-_]+/gu, ' ').trim();
}
