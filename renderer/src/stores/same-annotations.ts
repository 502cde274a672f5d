// Whether two lists hold the same annotations in the same state (so a background refresh can keep the old list).
import type { Annotation } from '../../../shared/domain/types';

/** Every field equal: the saved copy of an annotation drawn before the save can keep the drawn object. */
export function identicalAnnotation(a: Annotation, b: Annotation): boolean {
  return (
    sameAnnotation(a, b) &&
    a.documentId === b.documentId &&
    a.exact === b.exact &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix &&
    a.origin === b.origin &&
    a.createdAt === b.createdAt
  );
}

function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return (
    a.id === b.id &&
    a.updatedAt === b.updatedAt &&
    a.coderId === b.coderId &&
    a.start === b.start &&
    a.end === b.end &&
    a.comment === b.comment &&
    a.tags.length === b.tags.length &&
    a.tags.every((t, i) => t.codeId === b.tags[i]!.codeId && t.stanceId === b.tags[i]!.stanceId)
  );
}

/** True when both lists have the same annotations (ids, span, tags, comment, last change), in any order. */
export function sameAnnotations(before: readonly Annotation[], after: readonly Annotation[]): boolean {
  if (before.length !== after.length) return false;
  const byId = new Map(before.map((a) => [a.id, a]));
  return after.every((b) => {
    const a = byId.get(b.id);
    return a !== undefined && sameAnnotation(a, b);
  });
}

/** What `annotations:stateOfDocument` answers for this list: if the backend says otherwise, it changed. */
export function annotationState(list: readonly Annotation[]): { count: number; lastChange: string | null } {
  let lastChange: string | null = null;
  for (const a of list) if (lastChange === null || a.updatedAt > lastChange) lastChange = a.updatedAt;
  return { count: list.length, lastChange };
}
