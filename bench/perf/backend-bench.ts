// Backend figures measured in-process: project open (what the renderer asks for first) and the matrix.
import type { Database } from 'better-sqlite3';
import { buildMatrix } from '../../shared/compilation';
import { ProjectSession } from '../../electron/core/project/project-session';
import { listDocuments } from '../../electron/core/db/tables/documents';
import { listCodes } from '../../electron/core/db/tables/codes';
import { listStances } from '../../electron/core/db/tables/stances';
import { listCoders } from '../../electron/core/db/tables/coders';
import { listAnnotationsForDocument } from '../../electron/core/db/tables/annotations';
import { readProjectSnapshot } from '../../electron/core/services/snapshot-service';
import { median, timeRuns } from './stats';

/** Opens the project file and reads what the renderer's first load asks for. */
export async function timeProjectOpen(file: string, runs = 5): Promise<number[]> {
  return timeRuns(runs, () => {
    const session = ProjectSession.open(file);
    try {
      session.info();
      listDocuments(session.db);
      listCodes(session.db);
      listStances(session.db);
      listCoders(session.db);
    } finally {
      session.close();
    }
  });
}

export interface MatrixTiming {
  snapshotMs: number;
  matrixMs: number[];
  baselineMs: number[];
  cells: number;
}

/** buildMatrix over a snapshot of the whole project; the baseline is one bare counting pass. */
export async function timeMatrix(file: string, runs = 5): Promise<MatrixTiming> {
  const session = ProjectSession.open(file, { readonly: true });
  try {
    const started = performance.now();
    const snapshot = readProjectSnapshot(session);
    const snapshotMs = performance.now() - started;
    let cells = 0;
    const matrixMs = await timeRuns(runs, () => {
      const m = buildMatrix(snapshot, {});
      cells = m.respondents.length * m.proposals.length;
    });
    const baselineMs = await timeRuns(runs, () => {
      const counts = new Map<string, number>();
      for (const a of snapshot.annotations)
        for (const t of a.tags) {
          const key = `${a.documentId}|${t.codeId}|${t.stanceId}`;
          counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    });
    return { snapshotMs, matrixMs, baselineMs, cells };
  } finally {
    session.close();
  }
}

/** Time to read one document's annotations (the editor's second request) — median of runs. */
export async function timeAnnotationList(file: string, documentId: string, runs = 5): Promise<number> {
  const session = ProjectSession.open(file);
  try {
    return median(await timeRuns(runs, () => listAnnotationsForDocument(session.db, documentId)));
  } finally {
    session.close();
  }
}

const PLANNED: Record<string, string> = {
  'documents:list': `SELECT d.id, (SELECT count(*) FROM annotations a WHERE a.document_id = d.id) FROM documents d
    ORDER BY d.respondent COLLATE NOCASE, d.imported_at`,
  'annotations:listForDocument':
    'SELECT * FROM annotations WHERE document_id = ? ORDER BY start_offset, end_offset, created_at',
  'annotations:listForDocument tags': `SELECT t.annotation_id, t.code_id, t.stance_id FROM annotation_tags t
    JOIN annotations a ON a.id = t.annotation_id WHERE a.document_id = ? ORDER BY t.position`,
  'annotations:get tags':
    'SELECT annotation_id, code_id, stance_id FROM annotation_tags WHERE annotation_id = ? ORDER BY position',
};

/** EXPLAIN QUERY PLAN of the queries the figures depend on; a SCAN of annotations is a finding. */
export function queryPlans(file: string): Record<string, string[]> {
  const session = ProjectSession.open(file);
  try {
    const db: Database = session.db;
    const plans: Record<string, string[]> = {};
    for (const [name, sql] of Object.entries(PLANNED)) {
      const params = sql.includes('?') ? ['x'] : [];
      const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
      plans[name] = rows.map((r) => r.detail);
    }
    return plans;
  } finally {
    session.close();
  }
}
