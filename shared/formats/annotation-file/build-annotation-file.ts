// Builds an annotation-exchange file from a project: all annotations or a filtered part.
import type { ProjectSnapshot } from '../../domain/project-snapshot';
import type { Coder } from '../../domain/types';
import { textFingerprint } from '../../sharing/fingerprint';
import { ANNOTATION_FILE_FORMAT, ANNOTATION_FILE_VERSION, type AnnotationFile } from './schema';

/** A stored time as ISO 8601 in UTC; `fallback` when it cannot be read as a time. */
function isoTime(value: string, fallback: string): string {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? fallback : new Date(ms).toISOString();
}

export interface AnnotationFileFilter {
  coderIds?: readonly string[] | undefined;
  documentIds?: readonly string[] | undefined;
  /** Keep annotations tagged with one of these codes (and only those tags). */
  codeIds?: readonly string[] | undefined;
}

/**
 * The file for `snapshot` restricted by `filter`. It lists every document the filter
 * allows (with its fingerprint), even those without annotations, and the whole codebook.
 */
export function buildAnnotationFile(
  snapshot: ProjectSnapshot,
  filter: AnnotationFileFilter,
  exportingCoder: Coder,
  now: string,
): AnnotationFile {
  const coderIds = filter.coderIds ? new Set(filter.coderIds) : null;
  const documentIds = filter.documentIds ? new Set(filter.documentIds) : null;
  const codeIds = filter.codeIds ? new Set(filter.codeIds) : null;
  const coders = new Map(snapshot.coders.map((c) => [c.id, c]));
  const documents = snapshot.documents.filter((d) => !documentIds || documentIds.has(d.id));
  return {
    format: ANNOTATION_FILE_FORMAT,
    version: ANNOTATION_FILE_VERSION,
    exportedAt: now,
    exportedBy: { id: exportingCoder.id, name: exportingCoder.name },
    project: { name: snapshot.info.name, reportTitle: snapshot.info.reportTitle },
    codebook: snapshot.codes.map((c) => ({ ...c })),
    stances: snapshot.stances.map((s) => ({ ...s })),
    documents: documents.map((d) => ({
      id: d.id,
      fingerprint: textFingerprint(d.text),
      respondent: d.respondent,
      fileName: d.fileName,
      length: d.text.length,
      annotations: snapshot.annotations
        .filter((a) => a.documentId === d.id && (!coderIds || coderIds.has(a.coderId)))
        .map((a) => ({ a, tags: a.tags.filter((t) => !codeIds || codeIds.has(t.codeId)) }))
        .filter(({ a, tags }) => tags.length > 0 && a.end > a.start)
        .sort((x, y) => x.a.start - y.a.start || x.a.id.localeCompare(y.a.id))
        .map(({ a, tags }) => ({
          id: a.id,
          position: { start: a.start, end: a.end },
          quote: { exact: a.exact, prefix: a.prefix, suffix: a.suffix },
          tags: tags.map((t) => ({ codeId: t.codeId, stanceId: t.stanceId })),
          comment: a.comment,
          coder: { id: a.coderId, name: coders.get(a.coderId)?.name ?? a.coderId },
          origin: a.origin,
          createdAt: isoTime(a.createdAt, now),
          updatedAt: isoTime(a.updatedAt, now),
        })),
    })),
  };
}
