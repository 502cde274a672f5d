// Suggestions for many documents (a CLI `suggest` run or a background job), with progress and a way to stop.
import type { Block, CodebookEntry, Stance } from '../domain/types';
import { suggestForDocument } from './suggest-document';
import type { Suggestion, SuggestOptions } from './types';

export interface DocumentToSuggest {
  documentId: string;
  text: string;
  blocks: Block[];
}

export interface SuggestAllOptions extends SuggestOptions {
  /** Called after each document with how many are done. */
  onProgress?: (done: number, total: number) => void;
  /** Checked between documents; return true to stop early. */
  shouldStop?: () => boolean;
}

/** Runs the suggester over documents in order; stops between documents when asked. */
export function suggestForDocuments(
  documents: DocumentToSuggest[],
  codebook: CodebookEntry[],
  stances: Stance[],
  options: SuggestAllOptions = {},
): Suggestion[] {
  const out: Suggestion[] = [];
  let done = 0;
  for (const doc of documents) {
    if (options.shouldStop?.()) break;
    out.push(...suggestForDocument(doc, codebook, stances, options));
    done++;
    options.onProgress?.(done, documents.length);
  }
  return out;
}

/** Sorts suggestions for a list: best first, then in text order. */
export function rankSuggestions(suggestions: Suggestion[]): Suggestion[] {
  return [...suggestions].sort(
    (a, b) => b.score - a.score || a.documentId.localeCompare(b.documentId) || a.start - b.start,
  );
}
