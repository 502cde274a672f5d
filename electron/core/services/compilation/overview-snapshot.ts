// A project snapshot without document texts: enough for the matrix, charts and proposal view, and fast.
import type { ProjectSnapshot } from '../../../../shared/domain/project-snapshot';
import { listAllAnnotations } from '../../db/tables/annotations';
import { listCodes } from '../../db/tables/codes';
import { listCoders } from '../../db/tables/coders';
import { listDocumentBlocks } from '../../db/tables/document-blocks';
import { listDocuments } from '../../db/tables/documents';
import { listStances } from '../../db/tables/stances';
import type { ProjectSession } from '../../project/project-session';

/**
 * Documents come with empty text and memo (annotations carry their own quotes); blocks are read
 * only when asked for, since page and paragraph references need them.
 */
export function readOverviewSnapshot(session: ProjectSession, withBlocks = false): ProjectSnapshot {
  return session.db.transaction(() => {
    const blocks = withBlocks ? listDocumentBlocks(session.db) : null;
    return {
      info: session.info(),
      documents: listDocuments(session.db).map((d) => ({
        ...d,
        text: '',
        rawText: '',
        blocks: blocks?.get(d.id) ?? [],
        memo: '',
      })),
      codes: listCodes(session.db),
      stances: listStances(session.db),
      coders: listCoders(session.db),
      annotations: listAllAnnotations(session.db),
    };
  })();
}
