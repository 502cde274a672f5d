// Reads a project snapshot through its own read-only connection, so a worker can do it off the main thread.
import Database from 'better-sqlite3';
import type { ProjectSnapshot } from '../../../../shared/domain/project-snapshot';
import type { ProjectInfo } from '../../../../shared/domain/types';
import { listAllAnnotations } from '../../db/tables/annotations';
import { listCodes } from '../../db/tables/codes';
import { listCoders } from '../../db/tables/coders';
import { listDocumentsFull } from '../../db/tables/documents';
import { listStances } from '../../db/tables/stances';

/** The app has opened, checked and migrated the file already; WAL lets this reader run beside it. */
export function readSnapshotFromFile(file: string, info: ProjectInfo): ProjectSnapshot {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    return db.transaction(() => ({
      info,
      documents: listDocumentsFull(db),
      codes: listCodes(db),
      stances: listStances(db),
      coders: listCoders(db),
      annotations: listAllAnnotations(db),
    }))();
  } finally {
    db.close();
  }
}
