// Type-ahead over the codebook: matches section numbers and title words, best matches first.
import type { CodebookEntry } from '../../../../shared/domain/types';

export function isTaggable(code: CodebookEntry): boolean {
  return code.kind !== 'chapter';
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
  return 0;
}

export function filterCodes(codes: readonly CodebookEntry[], query: string, limit = 12): CodebookEntry[] {
  return codes
    .filter(isTaggable)
    .map((code, index) => ({ code, index, s: score(code, query) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.index - b.index)
    .slice(0, limit)
    .map((x) => x.code);
}
