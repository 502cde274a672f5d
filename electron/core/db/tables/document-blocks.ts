// Read-only access to the documents' block lists alone, for overviews that need references but not text.
import type { Database } from 'better-sqlite3';
import type { Block } from '../../../../shared/domain/types';

/** Every document's blocks by document id (the text itself is not read). */
export function listDocumentBlocks(db: Database): Map<string, Block[]> {
  const rows = db.prepare('SELECT id, blocks FROM documents').all() as { id: string; blocks: string }[];
  return new Map(rows.map((r) => [r.id, JSON.parse(r.blocks) as Block[]]));
}
