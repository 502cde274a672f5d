// Writes the open project's annotations (mine, all, or a filter) as an annotation-exchange file.
import type { Coder } from '../../../../shared/domain/types';
import { buildAnnotationFile } from '../../../../shared/formats/annotation-file';
import type { ProjectSession } from '../../project/project-session';
import { readProjectSnapshot } from '../snapshot-service';
import { safeFileName } from './safe-file-name';

export interface ExportAnnotationsInput {
  scope: 'mine' | 'all';
  coderIds?: readonly string[] | undefined;
  documentIds?: readonly string[] | undefined;
  codeIds?: readonly string[] | undefined;
}

export interface ExportedText {
  fileName: string;
  content: string;
  annotations: number;
}

export function exportAnnotations(
  session: ProjectSession,
  coder: Coder,
  input: ExportAnnotationsInput,
  now: string,
): ExportedText {
  const snapshot = readProjectSnapshot(session);
  const coderIds = input.scope === 'mine' ? [coder.id] : input.coderIds;
  const file = buildAnnotationFile(
    snapshot,
    { coderIds, documentIds: input.documentIds, codeIds: input.codeIds },
    coder,
    now,
  );
  const names = coderIds?.map((id) => snapshot.coders.find((c) => c.id === id)?.name ?? id);
  const who = names && names.length > 0 && names.length <= 3 ? names.join('-') : 'alla';
  return {
    fileName: safeFileName(`${snapshot.info.name}-${who}-${now.slice(0, 10)}.remisskod-annotations.json`),
    content: JSON.stringify(file, null, 2) + '\n',
    annotations: file.documents.reduce((n, d) => n + d.annotations.length, 0),
  };
}
