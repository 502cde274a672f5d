// The codebook as a tree in reading order (children under parents, siblings by sortOrder).
import type { CodebookEntry } from '../../../../shared/domain/types';

export interface CodeRow {
  code: CodebookEntry;
  depth: number;
  /** Index among its siblings and how many siblings there are (for move up/down). */
  index: number;
  siblings: number;
}

export function codebookRows(codes: readonly CodebookEntry[]): CodeRow[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, CodebookEntry[]>();
  for (const c of codes) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), c]);
  }
  const rows: CodeRow[] = [];
  const visit = (parent: string | null, depth: number) => {
    const list = [...(children.get(parent) ?? [])].sort((a, b) => a.sortOrder - b.sortOrder);
    list.forEach((code, index) => {
      rows.push({ code, depth, index, siblings: list.length });
      if (depth < 20) visit(code.id, depth + 1);
    });
  };
  visit(null, 0);
  return rows;
}
