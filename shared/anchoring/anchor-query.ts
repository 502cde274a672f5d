// The quote and its context in whitespace-collapsed form, and how well a place fits them.
import type { AnchorSelector } from './quote-selector';
import { collapseSpace } from './normalised-text';
import { similarity } from './similarity';

/** Context compared on each side, in collapsed characters. */
export const CONTEXT_CHARS = 32;

/** A selector prepared for matching: collapsed quote (trimmed) and collapsed context. */
export interface AnchorQuery {
  exact: string;
  prefix: string;
  suffix: string;
}

/** Collapses the selector's whitespace; the quote's own edge whitespace moves into the context. */
export function toAnchorQuery(selector: AnchorSelector): AnchorQuery {
  const collapsed = collapseSpace(selector.exact);
  const exact = collapsed.trim();
  const lead = collapsed.length - collapsed.trimStart().length > 0 ? ' ' : '';
  const trail = collapsed.length - collapsed.trimEnd().length > 0 ? ' ' : '';
  const prefix = collapseSpace(selector.prefix + lead).slice(-CONTEXT_CHARS);
  const suffix = collapseSpace(trail + selector.suffix).slice(0, CONTEXT_CHARS);
  return { exact, prefix, suffix };
}

/**
 * How well the context around `text[start, end)` fits the query's prefix and suffix
 * (0–1), or null when the query has no context to compare (a whole-text quote).
 */
export function contextScore(text: string, start: number, end: number, query: AnchorQuery): number | null {
  const scores: number[] = [];
  if (query.prefix.length > 0) {
    const before = text.slice(Math.max(0, start - query.prefix.length), start);
    scores.push(similarity(query.prefix.trim(), before.trim()));
  }
  if (query.suffix.length > 0) {
    const after = text.slice(end, end + query.suffix.length);
    scores.push(similarity(query.suffix.trim(), after.trim()));
  }
  if (scores.length === 0) return null;
  return scores.reduce((a, b) => a + b, 0) / scores.length;
}
