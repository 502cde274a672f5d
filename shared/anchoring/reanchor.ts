// Re-finds a stored span in a (possibly changed) text: by position, by exact quote, then fuzzily.
import approxSearch from 'approx-string-match';
import type { AnchorSelector } from './quote-selector';
import { normaliseText, originalRange, type NormalisedText } from './normalised-text';
import { contextScore, toAnchorQuery, type AnchorQuery } from './anchor-query';

export type AnchorStatus = 'exact-position' | 'exact-quote' | 'fuzzy' | 'orphan';

/** Where the span was placed (offsets in UTF-16 code units) and how sure we are (0–1). */
export interface AnchorResult {
  status: AnchorStatus;
  start?: number;
  end?: number;
  score: number;
}

/** A text prepared once for re-anchoring many spans in it. */
export interface PreparedText {
  original: string;
  norm: NormalisedText;
}

/** Quotes at least this long are trusted without context when they occur only once. */
const LONG_QUOTE = 32;
/** Context agreement needed to trust a short quote, or to choose among repeats. */
const MIN_CONTEXT = 0.5;
/** Least quote similarity (1 − errors/length) for a fuzzy placement. */
const MIN_FUZZY_QUOTE = 0.75;
/** Least combined score for a fuzzy placement. */
const MIN_FUZZY_SCORE = 0.72;
/** Two fuzzy places closer in score than this are ambiguous, so the span becomes an orphan. */
const AMBIGUITY_MARGIN = 0.05;
/** Share of the pattern (quote with context) that may differ in the fuzzy search. */
const FUZZY_ERROR_SHARE = 0.3;
const MAX_CANDIDATES = 5000;

/** Prepares a text for re-anchoring (collapses whitespace once). */
export function prepareText(text: string): PreparedText {
  return { original: text, norm: normaliseText(text) };
}

let lastPrepared: PreparedText | null = null;

/** Prepared form of `text`, reusing the last one when the same text comes again. */
function prepared(text: string | PreparedText): PreparedText {
  if (typeof text !== 'string') return text;
  if (lastPrepared === null || lastPrepared.original !== text) lastPrepared = prepareText(text);
  return lastPrepared;
}

const ORPHAN: AnchorResult = { status: 'orphan', score: 0 };

/**
 * Places a stored span in `text`: at its old position if the quote is still there, else
 * at the exact quote that best fits the context (nearest the old position on a tie), else
 * at a fuzzy match of quote and context. Anything not placed with confidence is an orphan.
 */
export function reanchor(text: string | PreparedText, selector: AnchorSelector): AnchorResult {
  const doc = prepared(text);
  const query = toAnchorQuery(selector);
  if (query.exact.length === 0) return ORPHAN;
  const expected = doc.norm.fromOriginal[Math.min(Math.max(0, selector.start | 0), doc.original.length)] ?? 0;
  const found =
    byPosition(doc, selector, query) ??
    toResult(doc, 'exact-quote', byExactQuote(doc.norm.text, expected, query)) ??
    toResult(doc, 'fuzzy', byFuzzyQuote(doc.norm.text, query) ?? byEnds(doc.norm.text, expected, query));
  return found ?? ORPHAN;
}

/** A place in the collapsed text, with its confidence. */
interface Place {
  start: number;
  end: number;
  score: number;
}

function toResult(
  doc: PreparedText,
  status: 'exact-quote' | 'fuzzy',
  place: Place | null,
): AnchorResult | null {
  if (place === null) return null;
  let { start, end } = place;
  while (start < end && doc.norm.text[start] === ' ') start += 1;
  while (end > start && doc.norm.text[end - 1] === ' ') end -= 1;
  return { status, ...originalRange(doc.norm, start, end), score: place.score };
}

/** Collapsed range of the trimmed quote inside the original range [start, end). */
function collapsedRange(doc: PreparedText, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(doc.original[s] as string)) s += 1;
  while (e > s && /\s/.test(doc.original[e - 1] as string)) e -= 1;
  return {
    start: doc.norm.fromOriginal[s] as number,
    end: e > s ? (doc.norm.fromOriginal[e - 1] as number) + 1 : (doc.norm.fromOriginal[s] as number),
  };
}

function byPosition(doc: PreparedText, selector: AnchorSelector, query: AnchorQuery): AnchorResult | null {
  const { start, end, exact } = selector;
  if (
    !Number.isInteger(start) ||
    !Number.isInteger(end) ||
    start < 0 ||
    end > doc.original.length ||
    end <= start
  )
    return null;
  if (doc.original.slice(start, end) !== exact) return null;
  const range = collapsedRange(doc, start, end);
  const context = contextScore(doc.norm.text, range.start, range.end, query);
  if (query.exact.length < LONG_QUOTE && context !== null && context < MIN_CONTEXT) return null;
  return { status: 'exact-position', start, end, score: 1 };
}

function byExactQuote(text: string, expected: number, query: AnchorQuery): Place | null {
  let best: { start: number; context: number; distance: number } | null = null;
  let count = 0;
  for (
    let at = text.indexOf(query.exact);
    at !== -1 && count < MAX_CANDIDATES;
    at = text.indexOf(query.exact, at + 1)
  ) {
    count += 1;
    const context = contextScore(text, at, at + query.exact.length, query) ?? 1;
    const distance = Math.abs(at - expected);
    if (
      best === null ||
      context > best.context + 1e-9 ||
      (Math.abs(context - best.context) <= 1e-9 && distance < best.distance)
    ) {
      best = { start: at, context, distance };
    }
  }
  if (best === null) return null;
  const trusted = best.context >= MIN_CONTEXT || (count === 1 && query.exact.length >= LONG_QUOTE);
  if (!trusted) return null;
  return { start: best.start, end: best.start + query.exact.length, score: 0.9 + 0.1 * best.context };
}

function byFuzzyQuote(text: string, query: AnchorQuery): Place | null {
  const pattern = query.prefix + query.exact + query.suffix;
  const maxErrors = Math.floor(pattern.length * FUZZY_ERROR_SHARE);
  const matches = approxSearch(text, pattern, maxErrors);
  const candidates: Place[] = [];
  const seen = new Set<number>();
  for (const match of matches.slice(0, 50)) {
    const candidate = refine(text, match.start, match.end, query);
    if (candidate === null || seen.has(candidate.start)) continue;
    seen.add(candidate.start);
    candidates.push(candidate);
  }
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (best === undefined || best.score < MIN_FUZZY_SCORE) return null;
  const rival = candidates.find((c) => c.end <= best.start || c.start >= best.end);
  if (rival !== undefined && best.score - rival.score < AMBIGUITY_MARGIN) return null;
  return { ...best, score: Math.min(best.score, 0.89) };
}

/** Length of the quote's head and tail when they are placed on their own. */
const END_CHARS = 24;

/**
 * Places a long quote by its head (with the prefix) and its tail (with the suffix) when
 * something was cut out of or put into its middle, such as a page header.
 */
function byEnds(text: string, expected: number, query: AnchorQuery): Place | null {
  const length = query.exact.length;
  if (length < 2 * END_CHARS) return null;
  const headQuery = { prefix: query.prefix, exact: query.exact.slice(0, END_CHARS), suffix: '' };
  const tailQuery = { prefix: '', exact: query.exact.slice(-END_CHARS), suffix: query.suffix };
  const head = byExactQuote(text, expected, headQuery) ?? byFuzzyQuote(text, headQuery);
  if (head === null) return null;
  const tail =
    byExactQuote(text, head.start + length - END_CHARS, tailQuery) ?? byFuzzyQuote(text, tailQuery);
  if (tail === null || tail.start < head.end) return null;
  const placedLength = tail.end - head.start;
  if (Math.abs(placedLength - length) > 0.5 * length + 50) return null;
  return { start: head.start, end: tail.end, score: Math.min(0.85, 0.9 * Math.min(head.score, tail.score)) };
}

/** Finds the quote inside a match of quote-with-context and scores the place. */
function refine(text: string, regionStart: number, regionEnd: number, query: AnchorQuery): Place | null {
  // Widen a little: the context match may have eaten into the quote's edges.
  const from = Math.max(0, regionStart - 8);
  const region = text.slice(from, Math.min(text.length, regionEnd + 8));
  const maxErrors = Math.floor(query.exact.length * (1 - MIN_FUZZY_QUOTE));
  const inner = approxSearch(region, query.exact, maxErrors);
  if (inner.length === 0) return null;
  const expectedOffset = regionStart - from + query.prefix.length;
  let pick = inner[0]!;
  for (const m of inner)
    if (Math.abs(m.start - expectedOffset) < Math.abs(pick.start - expectedOffset)) pick = m;
  const start = from + pick.start;
  const end = from + pick.end;
  const quoteSimilarity = 1 - pick.errors / query.exact.length;
  if (quoteSimilarity < MIN_FUZZY_QUOTE) return null;
  const context = contextScore(text, start, end, query);
  const short = query.exact.length < LONG_QUOTE;
  if (short && (context === null || context < 0.6)) return null;
  const score = context === null ? quoteSimilarity : 0.6 * quoteSimilarity + 0.4 * context;
  return { start, end, score };
}
