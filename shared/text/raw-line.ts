// The line-level input of the cleaner: what every format extractor produces.
import type { BlockType } from '../domain/types';

/** One physical line of extracted text; blank lines (text.trim() === '') mark vertical gaps. */
export interface RawLine {
  text: string;
  /** 1-based page in the source, when known (PDF, or a form feed in text). */
  page?: number;
  /** 1-based line in the raw extracted text. */
  line?: number;
  /** Structure known from the source format (DOCX/ODT): the line is a whole block. */
  hint?: { type: BlockType; level?: number };
}

/** A non-blank line with the layout facts the cleaning rules look at. */
export interface Line {
  /** Characters normalised, spaces collapsed, trimmed. */
  text: string;
  /** Characters normalised but with the original spacing (column gaps of 2+ spaces). */
  spaced: string;
  page?: number;
  line?: number;
  hint?: RawLine['hint'];
  /** Number of blank lines before this one. */
  gapBefore: number;
  /** One of those blank lines held spaces (PDF-to-text tools write these for empty paragraphs). */
  gapHasSpaces?: boolean;
  /** A page boundary (or removed page furniture) lies between this line and the previous. */
  pageBreakBefore: boolean;
}
