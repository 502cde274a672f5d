// What a format extractor hands to the cleaner: raw text for side-by-side view, and lines.
import type { RawLine } from '../../shared/text/raw-line';
import type { ImportableFormat } from './detect-format';

export interface Extraction {
  format: ImportableFormat;
  /** The text as extracted, before cleaning (pages separated by form feeds for PDF). */
  rawText: string;
  lines: RawLine[];
}
