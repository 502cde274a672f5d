// Reads a whole project into memory (for exports, sharing and the JSON export).
import type { ProjectSnapshot } from '../../../shared/domain/project-snapshot';
import { listAllAnnotations } from '../db/tables/annotations';
import { listCodes } from '../db/tables/codes';
import { listCoders } from '../db/tables/coders';
import { listDocumentsFull } from '../db/tables/documents';
import { listStances } from '../db/tables/stances';
import type { ProjectSession } from '../project/project-session';

export function readProjectSnapshot(session: ProjectSession): ProjectSnapshot {
  return session.db.transaction(() => ({
    info: session.info(),
    documents: listDocumentsFull(session.db),
    codes: listCodes(session.db),
    stances: listStances(session.db),
    coders: listCoders(session.db),
    annotations: listAllAnnotations(session.db),
  }))();
}
