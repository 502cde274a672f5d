// Exports the open project as REFI-QDA: the whole project (.qdpx) or the codebook (.qdc).
import { ApiError } from '../../../../shared/api/api-error';
import { buildQdc } from '../../../../shared/formats/refi-qda';
import { listCodes } from '../../db/tables/codes';
import { listStances } from '../../db/tables/stances';
import type { ProjectSession } from '../../project/project-session';
import { writeQdpx } from '../../../sharing/qdpx';
import { readProjectSnapshot } from '../snapshot-service';
import { safeFileName } from './safe-file-name';

export function exportQdpx(session: ProjectSession, now: string): { fileName: string; bytes: Uint8Array } {
  const snapshot = readProjectSnapshot(session);
  return { fileName: safeFileName(`${snapshot.info.name}.qdpx`), bytes: writeQdpx(snapshot, now) };
}

/** The codebook as .qdc; refused when it is empty (the REFI schema needs at least one code). */
export function exportQdc(session: ProjectSession): { fileName: string; content: string } {
  const codes = listCodes(session.db);
  if (codes.length === 0)
    throw new ApiError(
      'codebook_empty_export',
      'The codebook is empty: a REFI-QDA codebook needs at least one code. Add codes first.',
    );
  return {
    fileName: safeFileName(`${session.info().name}-kodbok.qdc`),
    content: buildQdc(codes, listStances(session.db)),
  };
}
