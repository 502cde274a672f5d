// Filters annotations by proposal, stance and coder (empty criteria let everything through).
import type { Annotation } from '../domain/types';

export interface AnnotationFilter {
  codeIds: readonly string[];
  stanceIds: readonly string[];
  coderIds: readonly string[];
}

export function isFilterActive(filter: AnnotationFilter): boolean {
  return filter.codeIds.length > 0 || filter.stanceIds.length > 0 || filter.coderIds.length > 0;
}

export function filterAnnotations(
  annotations: readonly Annotation[],
  filter: AnnotationFilter,
): Annotation[] {
  if (!isFilterActive(filter)) return annotations as Annotation[];
  const codes = new Set(filter.codeIds);
  const stances = new Set(filter.stanceIds);
  const coders = new Set(filter.coderIds);
  return annotations.filter(
    (a) =>
      (!coders.size || coders.has(a.coderId)) &&
      a.tags.some(
        (t) =>
          (!codes.size || codes.has(t.codeId)) &&
          (!stances.size || (t.stanceId !== null && stances.has(t.stanceId))),
      ),
  );
}
