// Type-ahead over the codebook: section numbers, title words, then fuzzy (in-order letters); recent first.
import type { CodebookEntry } from '../../../../shared/domain/types';

export function isTaggable(code: CodebookEntry): boolean {
  return code.kind !== 'chapter';
}

/** Letters of `query` appear in order in `label`; tighter matches score higher (0 when absent). */
function fuzzy(label: string, query: string): number {
  let from = 0;
  let gaps = 0;
  for (const ch of query) {
    if (ch === ' ') continue;
    const at = label.indexOf(ch, from);
    if (at < 0) return 0;
    gaps += at - from;
    from = at + 1;
  }
  return Math.max(1, 20 - gaps / 4);
}

function score(code: CodebookEntry, query: string): number {
  const q = query.trim().toLowerCase();
  if (!q) return 1;
  const section = code.section.toLowerCase();
  const title = code.title.toLowerCase();
  if (section && section === q) return 100;
  if (section && section.startsWith(q)) return 80;
  const label = `${section} ${title}`;
  if (title.startsWith(q)) return 60;
  const words = q.split(/\s+/).filter(Boolean);
  if (words.every((w) => label.includes(w))) return 40;
  return fuzzy(label, q);
}

export function filterCodes(
  codes: readonly CodebookEntry[],
  query: string,
  limit = 12,
  recentIds: readonly string[] = [],
): CodebookEntry[] {
  const recency = new Map(recentIds.map((id, i) => [id, recentIds.length - i]));
  return codes
    .filter(isTaggable)
    .map((code, index) => ({ code, index, s: score(code, query) }))
    .filter((x) => x.s > 0)
    .sort(
      (a, b) =>
        b.s - a.s || (recency.get(b.code.id) ?? 0) - (recency.get(a.code.id) ?? 0) || a.index - b.index,
    )
    .slice(0, limit)
    .map((x) => x.code);
}
