// Reads an annotation file and plans its import into the open project (coders matched by id, then name).
import type { ProjectSnapshot } from '../../../../shared/domain/project-snapshot';
import type { Coder } from '../../../../shared/domain/types';
import { parseAnnotationFile, type AnnotationFile } from '../../../../shared/formats/annotation-file';
import { planMerge, type AnnotationPlan, type MergePlan } from '../../../../shared/sharing/plan-merge';

export type ShareReason =
  | 'added'
  | 'added-fuzzy'
  | 'newer'
  | 'already'
  | 'older'
  | 'twin'
  | 'no-document'
  | 'not-found'
  | 'unconfirmed'
  | 'no-codes';

export interface PlannedImport {
  file: AnnotationFile;
  plan: MergePlan;
}

/**
 * The same person has a different coder id in each project (ids are made per project), so a
 * file's coder is the local coder with the same id, else the one with the same name.
 */
export function alignCoders(file: AnnotationFile, local: readonly Coder[]): AnnotationFile {
  const ids = new Set(local.map((c) => c.id));
  const byName = new Map(local.map((c) => [c.name.trim().toLowerCase(), c]));
  const map = (coder: { id: string; name: string }) =>
    ids.has(coder.id) ? coder : (byName.get(coder.name.trim().toLowerCase()) ?? coder);
  return {
    ...file,
    documents: file.documents.map((d) => ({
      ...d,
      annotations: d.annotations.map((a) => ({ ...a, coder: map(a.coder) })),
    })),
  };
}

/** Parses (throwing FileFormatError naming the file) and plans the import; changes nothing. */
export function planImport(snapshot: ProjectSnapshot, fileName: string, content: string): PlannedImport {
  const file = alignCoders(parseAnnotationFile(content, fileName), snapshot.coders);
  return { file, plan: planMerge(snapshot, file) };
}

/** The reason shown to the user for one planned annotation. */
export function reasonFor(a: AnnotationPlan): ShareReason {
  switch (a.action) {
    case 'add':
      return a.anchor === 'fuzzy' ? 'added-fuzzy' : 'added';
    case 'update':
      return 'newer';
    case 'unchanged':
      if (a.reason.startsWith('the same coder')) return 'twin';
      return a.reason.startsWith('already') ? 'already' : 'older';
    case 'orphan':
      return a.localDocumentId === null ? 'no-document' : 'not-found';
  }
}
