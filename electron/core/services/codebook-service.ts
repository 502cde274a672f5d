// Codebook operations that span rows: insert in parent order, add, edit, move, merge, delete.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/api-error';
import type { CodebookEntry, CodeKind } from '../../../shared/domain/types';
import { deleteCode, getCode, insertCode, listCodes, updateCode } from '../db/tables/codes';

/** Inserts codes so that every parent is written before its children. */
export function insertCodebook(db: Database, codes: CodebookEntry[]): void {
  const pending = new Map(codes.map((c) => [c.id, c]));
  const written = new Set<string>();
  const write = (code: CodebookEntry, depth: number): void => {
    if (written.has(code.id)) return;
    if (depth > 50)
      throw new ApiError('codebook_cycle', `The codebook has a cycle at "${code.title}".`, {
        title: code.title,
      });
    const parent = code.parentId ? pending.get(code.parentId) : undefined;
    if (parent) write(parent, depth + 1);
    insertCode(db, code);
    written.add(code.id);
  };
  for (const code of codes) write(code, 0);
}

function requireCode(db: Database, id: string): CodebookEntry {
  const code = getCode(db, id);
  if (!code) throw new ApiError('code_not_found', `No codebook entry with id ${id}.`, { codeId: id });
  return code;
}

function checkParent(db: Database, id: string | null, parentId: string | null): void {
  if (!parentId) return;
  requireCode(db, parentId);
  for (let current: string | null = parentId, depth = 0; current; depth++) {
    if (current === id || depth > 50) {
      throw new ApiError('codebook_cycle', 'A code cannot be moved inside itself.', {});
    }
    current = getCode(db, current)?.parentId ?? null;
  }
}

function nextSortOrder(db: Database, parentId: string | null): number {
  const siblings = listCodes(db).filter((c) => c.parentId === parentId);
  return siblings.length ? Math.max(...siblings.map((c) => c.sortOrder)) + 1 : 1;
}

export interface NewCode {
  parentId: string | null;
  section: string;
  title: string;
  kind: CodeKind;
  description: string;
  colour: string;
}

export function addCode(db: Database, input: NewCode): CodebookEntry {
  return db.transaction(() => {
    checkParent(db, null, input.parentId);
    const code: CodebookEntry = { id: randomUUID(), ...input, sortOrder: nextSortOrder(db, input.parentId) };
    insertCode(db, code);
    return code;
  })();
}

export function editCode(
  db: Database,
  id: string,
  change: Partial<Omit<NewCode, 'parentId'>>,
): CodebookEntry {
  return db.transaction(() => {
    const updated = { ...requireCode(db, id), ...change };
    updateCode(db, updated);
    return updated;
  })();
}

/** Moves a code under another parent (or to the top level) at a position among its siblings. */
export function moveCode(db: Database, id: string, parentId: string | null, index: number): CodebookEntry[] {
  return db.transaction(() => {
    const code = requireCode(db, id);
    checkParent(db, id, parentId);
    const siblings = listCodes(db).filter((c) => c.parentId === parentId && c.id !== id);
    const at = Math.max(0, Math.min(index, siblings.length));
    siblings.splice(at, 0, { ...code, parentId });
    // sortOrder is relative to the siblings: renumber them 1…n.
    siblings.forEach((c, i) => updateCode(db, { ...c, parentId, sortOrder: i + 1 }));
    return listCodes(db);
  })();
}

/** Merges `sourceId` into `targetId`: its annotations move along, then the source is removed. */
export function mergeCodes(db: Database, sourceId: string, targetId: string): { moved: number } {
  if (sourceId === targetId) throw new ApiError('merge_same', 'A code cannot be merged into itself.', {});
  return db.transaction(() => {
    requireCode(db, sourceId);
    requireCode(db, targetId);
    // Where an annotation already carries the target, the source tag is dropped (target kept).
    db.prepare(
      `DELETE FROM annotation_tags WHERE code_id = ? AND annotation_id IN
         (SELECT annotation_id FROM annotation_tags WHERE code_id = ?)`,
    ).run(sourceId, targetId);
    const moved = db
      .prepare('UPDATE annotation_tags SET code_id = ? WHERE code_id = ?')
      .run(targetId, sourceId).changes;
    db.prepare('UPDATE codes SET parent_id = ? WHERE parent_id = ?').run(targetId, sourceId);
    deleteCode(db, sourceId);
    return { moved };
  })();
}

export function codeUsage(db: Database, id: string): number {
  return (db.prepare('SELECT count(*) AS n FROM annotation_tags WHERE code_id = ?').get(id) as { n: number })
    .n;
}

/** Deletes a code; refused while annotations use it unless they are moved to `moveTo`. */
export function removeCode(db: Database, id: string, moveTo?: string): { moved: number } {
  return db.transaction(() => {
    const code = requireCode(db, id);
    const children = listCodes(db).filter((c) => c.parentId === id);
    if (children.length) {
      throw new ApiError(
        'code_has_children',
        `"${code.title}" has ${children.length} sub-codes; move or delete them first.`,
        {
          title: code.title,
          count: children.length,
        },
      );
    }
    const used = codeUsage(db, id);
    if (used && !moveTo) {
      throw new ApiError('code_in_use', `"${code.title}" is used by ${used} annotations.`, {
        title: code.title,
        count: used,
      });
    }
    if (used && moveTo) return mergeCodes(db, id, moveTo);
    deleteCode(db, id);
    return { moved: 0 };
  })();
}

export interface CodeCounts {
  codeId: string;
  annotations: number;
  documents: number;
}

export function codeCounts(db: Database): CodeCounts[] {
  return db
    .prepare(
      `SELECT t.code_id AS codeId, count(*) AS annotations, count(DISTINCT a.document_id) AS documents
       FROM annotation_tags t JOIN annotations a ON a.id = t.annotation_id GROUP BY t.code_id`,
    )
    .all() as CodeCounts[];
}
