// Coding progress: which documents each coder has marked as done ("färdigkodad").
import type { Database } from 'better-sqlite3';

export function setDocumentDone(db: Database, documentId: string, coderId: string, done: boolean): void {
  if (done) {
    db.prepare(
      'INSERT OR IGNORE INTO document_progress (document_id, coder_id, done_at) VALUES (?, ?, ?)',
    ).run(documentId, coderId, new Date().toISOString());
  } else
    db.prepare('DELETE FROM document_progress WHERE document_id = ? AND coder_id = ?').run(
      documentId,
      coderId,
    );
}

export function codingProgress(db: Database): {
  total: number;
  coders: { coderId: string; name: string; done: number }[];
} {
  const total = (db.prepare('SELECT count(*) AS n FROM documents').get() as { n: number }).n;
  const coders = db
    .prepare(
      `SELECT c.id AS coderId, c.name AS name, count(p.document_id) AS done
       FROM coders c LEFT JOIN document_progress p ON p.coder_id = c.id
       GROUP BY c.id ORDER BY c.name COLLATE NOCASE`,
    )
    .all() as { coderId: string; name: string; done: number }[];
  return { total, coders };
}
