// Where in a document an excerpt sits, said the way a reader looks it up: "s. 3" or "st. 12".
import { blockIndexAt } from '../domain/block-index';
import type { Block } from '../domain/types';
import type { ExportLocale } from './compilation-labels';
import { compilationLabels } from './compilation-labels';

export interface DocumentReference {
  /** 1-based page in the source, when the importer knew it. */
  page: number | null;
  /** 1-based number of the block (paragraph, heading or list item) the excerpt starts in. */
  paragraph: number;
}

/** Finds the block containing an offset by binary search over the (ordered) blocks. */
export function locateOffset(blocks: readonly Block[], offset: number): DocumentReference {
  const found = blockIndexAt(blocks, offset);
  if (found < 0) return { page: blocks[0]?.page ?? null, paragraph: 1 };
  return { page: blocks[found]!.page ?? null, paragraph: found + 1 };
}

export function formatReference(ref: DocumentReference, locale: ExportLocale): string {
  const labels = compilationLabels(locale);
  return ref.page !== null
    ? `${labels.pageAbbrev} ${ref.page}`
    : `${labels.paragraphAbbrev} ${ref.paragraph}`;
}
