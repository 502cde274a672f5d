// The suggestion_rejections table: keys of suggestions a coder rejected.
import type { Database } from 'better-sqlite3';

export interface SuggestionRejection {
  key: string;
  documentId: string;
  codeId: string;
  coderId: string | null;
  rejectedAt: string;
}

export function insertRejection(db: Database, r: SuggestionRejection): void {
  db.prepare(
    `INSERT INTO suggestion_rejections (suggestion_key, document_id, code_id, coder_id, rejected_at)
     VALUES (?, ?, ?, ?, ?) ON CONFLICT(suggestion_key) DO NOTHING`,
  ).run(r.key, r.documentId, r.codeId, r.coderId, r.rejectedAt);
}

export function rejectedKeysForDocument(db: Database, documentId: string): Set<string> {
  const rows = db
    .prepare('SELECT suggestion_key AS key FROM suggestion_rejections WHERE document_id = ?')
    .all(documentId) as Array<{ key: string }>;
  return new Set(rows.map((r) => r.key));
}

export function allRejectedKeys(db: Database): Set<string> {
  const rows = db.prepare('SELECT suggestion_key AS key FROM suggestion_rejections').all() as Array<{
    key: string;
  }>;
  return new Set(rows.map((r) => r.key));
}
