// The document list's annotation counts after a change made here, counted from the lists that are open.
import type { DocumentSummary } from '../../../shared/domain/types';

/**
 * `documents` with the given annotation counts; the same array when none differs, and the same
 * objects for the documents whose count did not change (their rows do not re-render).
 */
export function withAnnotationCounts(
  documents: DocumentSummary[],
  counts: ReadonlyMap<string, number>,
): DocumentSummary[] {
  let changed = false;
  const next = documents.map((d) => {
    const count = counts.get(d.id);
    if (count === undefined || count === d.annotationCount) return d;
    changed = true;
    return { ...d, annotationCount: count };
  });
  return changed ? next : documents;
}

/** `documents` with `summary` in place of the document of its id (the same array if it is not listed). */
export function withSummary(documents: DocumentSummary[], summary: DocumentSummary): DocumentSummary[] {
  const index = documents.findIndex((d) => d.id === summary.id);
  if (index < 0) return documents;
  const next = documents.slice();
  next[index] = summary;
  return next;
}
