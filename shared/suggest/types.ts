// The suggestion a coder can accept, edit or reject, and the options of the suggester.

/** A proposed tag: a passage, the proposal it speaks to, and the stance it takes. */
export interface Suggestion {
  /** Stable across runs: documentId, start, end and codeId, so a rejection can be remembered. */
  key: string;
  documentId: string;
  start: number;
  end: number;
  quote: string;
  codeId: string;
  /** The proposal's section number in the report ("4.1.1"), or "". */
  section: string;
  stanceId: string | null;
  /** 0..1: how sure the suggester is. */
  score: number;
  /** Why it was suggested, in Swedish, for the coder. */
  reasons: string[];
}

export interface SuggestOptions {
  /** Keys of suggestions the coder rejected; they are not suggested again. */
  rejectedKeys?: Set<string>;
  /** Lowest score to suggest (default 0.45). */
  minScore?: number;
}

/** Builds the stable key of a suggestion. */
export function suggestionKey(documentId: string, start: number, end: number, codeId: string): string {
  return `${documentId}:${start}:${end}:${codeId}`;
}
