// Finds where a query's terms occur in a block's text, with the same word rules as the FTS5 index.
import type { QueryTerm } from './parse-query';

export interface LocalHit {
  start: number;
  end: number;
}

const TOKEN = String.raw`[\p{L}\p{N}\p{M}]`;
const SEPARATOR = String.raw`[^\p{L}\p{N}\p{M}]+`;
const patterns = new Map<string, RegExp>();

/**
 * One regular expression per term: its words in order, separated by non-word characters, whole
 * words except a prefix's last one; case-insensitive (Unicode case folding) with diacritics kept,
 * as unicode61 with remove_diacritics 0 does. Words hold only letters and digits, so need no escaping.
 */
function patternOf(term: QueryTerm): RegExp {
  const key = `${term.prefix ? '*' : ''}${term.words.join(' ')}`;
  let re = patterns.get(key);
  if (!re) {
    const tail = term.prefix ? `${TOKEN}*` : `(?!${TOKEN})`;
    re = new RegExp(`(?<!${TOKEN})${term.words.join(SEPARATOR)}${tail}`, 'giu');
    if (patterns.size > 500) patterns.clear();
    patterns.set(key, re);
  }
  return re;
}

/** Occurrences of the terms in `body`, sorted and with overlaps merged. */
export function findHits(body: string, terms: QueryTerm[]): LocalHit[] {
  const hits: LocalHit[] = [];
  for (const term of terms) {
    const re = patternOf(term);
    re.lastIndex = 0;
    for (let m = re.exec(body); m; m = re.exec(body)) {
      hits.push({ start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (hits.length < 2) return hits;
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: LocalHit[] = [];
  for (const hit of hits) {
    const last = merged[merged.length - 1];
    if (last && hit.start < last.end) last.end = Math.max(last.end, hit.end);
    else merged.push({ ...hit });
  }
  return merged;
}
