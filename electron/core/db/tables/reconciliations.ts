// The reconciliations table: how the team settled a disagreement on a proposal in a document.
import type { Database } from 'better-sqlite3';

export interface Reconciliation {
  documentId: string;
  codeId: string;
  stanceId: string | null;
  /** Name of the coder who settled it. */
  settledBy: string;
  settledAt: string;
}

interface ReconciliationRow {
  document_id: string;
  code_id: string;
  stance_id: string | null;
  settled_by: string;
  settled_at: string;
}

export function listReconciliations(db: Database): Reconciliation[] {
  return (db.prepare('SELECT * FROM reconciliations').all() as ReconciliationRow[]).map((r) => ({
    documentId: r.document_id,
    codeId: r.code_id,
    stanceId: r.stance_id,
    settledBy: r.settled_by,
    settledAt: r.settled_at,
  }));
}

export function saveReconciliation(db: Database, r: Reconciliation): void {
  db.prepare(
    `INSERT INTO reconciliations (document_id, code_id, stance_id, settled_by, settled_at)
     VALUES (@documentId, @codeId, @stanceId, @settledBy, @settledAt)
     ON CONFLICT(document_id, code_id) DO UPDATE SET stance_id = excluded.stance_id,
       settled_by = excluded.settled_by, settled_at = excluded.settled_at`,
  ).run(r);
}
