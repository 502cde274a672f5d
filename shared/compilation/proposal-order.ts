// The codebook in reading order (parents before children, siblings by sortOrder), without chapters.
import type { CodebookEntry } from '../domain/types';

export interface OrderedProposal {
  entry: CodebookEntry;
  /** Nesting depth below the nearest non-chapter ancestor chain (0 = top level). */
  depth: number;
}

/** Depth-first walk of the codebook; chapters only group, so they are left out. */
export function orderProposals(codes: readonly CodebookEntry[]): OrderedProposal[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, CodebookEntry[]>();
  codes.forEach((code) => {
    const parent = code.parentId !== null && ids.has(code.parentId) ? code.parentId : null;
    const list = children.get(parent) ?? [];
    list.push(code);
    children.set(parent, list);
  });
  const index = new Map(codes.map((c, i) => [c.id, i]));
  const bySortOrder = (a: CodebookEntry, b: CodebookEntry) =>
    a.sortOrder - b.sortOrder || (index.get(a.id) ?? 0) - (index.get(b.id) ?? 0);

  const out: OrderedProposal[] = [];
  const seen = new Set<string>();
  const visit = (parentId: string | null, depth: number) => {
    for (const code of [...(children.get(parentId) ?? [])].sort(bySortOrder)) {
      if (seen.has(code.id)) continue;
      seen.add(code.id);
      const isChapter = code.kind === 'chapter';
      if (!isChapter) out.push({ entry: code, depth });
      visit(code.id, isChapter ? depth : depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

/** "4.1.1 Lagkrav …", or the title alone when the entry has no section number. */
export function proposalHeading(entry: CodebookEntry): string {
  return entry.section ? `${entry.section} ${entry.title}` : entry.title;
}
