// Codebook operations that span several rows: inserting a whole codebook in parent order.
import type { Database } from 'better-sqlite3';
import type { CodebookEntry } from '../../../shared/domain/types';
import { insertCode } from '../db/tables/codes';

/** Inserts codes so that every parent is written before its children. */
export function insertCodebook(db: Database, codes: CodebookEntry[]): void {
  const pending = new Map(codes.map((c) => [c.id, c]));
  const written = new Set<string>();
  const write = (code: CodebookEntry, depth: number): void => {
    if (written.has(code.id)) return;
    if (depth > 50) throw new Error(`The codebook has a cycle at "${code.title}".`);
    const parent = code.parentId ? pending.get(code.parentId) : undefined;
    if (parent) write(parent, depth + 1);
    insertCode(db, code);
    written.add(code.id);
  };
  for (const code of codes) write(code, 0);
}
