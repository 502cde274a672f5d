// Settles a coder disagreement on a proposal in a document into the settling coder's annotation.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../../shared/api/api-error';
import type { Annotation, Coder } from '../../../../shared/domain/types';
import { textQuoteAt } from '../../../../shared/domain/text-quote';
import {
  deleteAnnotation,
  insertAnnotation,
  listAnnotationsForDocument,
  replaceAnnotation,
} from '../../db/tables/annotations';
import { listCoders } from '../../db/tables/coders';
import { saveReconciliation } from '../../db/tables/reconciliations';
import { listStances } from '../../db/tables/stances';
import type { ProjectSession } from '../../project/project-session';

export interface ReconcileInput {
  documentId: string;
  codeId: string;
  stanceId: string | null;
  sourceAnnotationId?: string | undefined;
}

export interface ReconcileResult {
  annotation: Annotation | null;
  created: boolean;
  adjusted: number;
  removed: number;
}

/**
 * The settling coder's coding of the proposal in the document becomes the chosen stance:
 * their own annotations on it are re-tagged (or, for "no stance", lose the tag), or, when
 * they have none, a new annotation is made on the passage of a coder who took that stance.
 * Other coders' annotations are never changed, and the decision is recorded.
 */
export function reconcile(
  session: ProjectSession,
  coder: Coder,
  input: ReconcileInput,
  now: string,
): ReconcileResult {
  return session.transaction(() => {
    const onCode = listAnnotationsForDocument(session.db, input.documentId).filter((a) =>
      a.tags.some((t) => t.codeId === input.codeId),
    );
    if (onCode.length === 0)
      throw new ApiError('nothing_to_settle', 'No coder tagged this proposal in this document.', {});
    if (input.stanceId !== null && !listStances(session.db).some((s) => s.id === input.stanceId))
      throw new ApiError('stance_not_found', `No stance with id ${input.stanceId}.`, {
        stanceId: input.stanceId,
      });
    const mine = onCode.filter((a) => a.coderId === coder.id);
    const result: ReconcileResult = { annotation: null, created: false, adjusted: 0, removed: 0 };
    for (const a of mine) {
      const tags =
        input.stanceId === null
          ? a.tags.filter((t) => t.codeId !== input.codeId)
          : a.tags.map((t) => (t.codeId === input.codeId ? { ...t, stanceId: input.stanceId } : t));
      if (tags.length === 0) {
        deleteAnnotation(session.db, a.id);
        result.removed += 1;
        continue;
      }
      if (JSON.stringify(tags) === JSON.stringify(a.tags)) {
        result.annotation ??= a;
        continue;
      }
      const updated = { ...a, tags, updatedAt: now };
      replaceAnnotation(session.db, updated);
      result.adjusted += 1;
      result.annotation ??= updated;
    }
    if (mine.length === 0 && input.stanceId !== null) {
      const withStance = (a: Annotation) =>
        a.tags.some((t) => t.codeId === input.codeId && t.stanceId === input.stanceId);
      const source =
        onCode.find((a) => a.id === input.sourceAnnotationId) ?? onCode.find(withStance) ?? onCode[0]!;
      const text = (
        session.db.prepare('SELECT text FROM documents WHERE id = ?').get(input.documentId) as {
          text: string;
        }
      ).text;
      const names = new Map(listCoders(session.db).map((c) => [c.id, c.name]));
      const labels = new Map(listStances(session.db).map((s) => [s.id, s.labelSv]));
      const views = [...new Set(onCode.map((a) => a.coderId))].map((id) => {
        const stances = onCode
          .filter((a) => a.coderId === id)
          .flatMap((a) => a.tags.filter((t) => t.codeId === input.codeId))
          .map((t) => (t.stanceId === null ? '–' : (labels.get(t.stanceId) ?? t.stanceId)));
        return `${names.get(id) ?? id}: ${[...new Set(stances)].join(', ')}`;
      });
      const annotation: Annotation = {
        id: randomUUID(),
        documentId: input.documentId,
        start: source.start,
        end: source.end,
        ...textQuoteAt(text, source.start, source.end),
        tags: [{ codeId: input.codeId, stanceId: input.stanceId }],
        comment: `Avstämning (${views.join('; ')})`,
        coderId: coder.id,
        origin: 'manual',
        createdAt: now,
        updatedAt: now,
      };
      insertAnnotation(session.db, annotation);
      result.annotation = annotation;
      result.created = true;
    }
    saveReconciliation(session.db, {
      documentId: input.documentId,
      codeId: input.codeId,
      stanceId: input.stanceId,
      settledBy: coder.name,
      settledAt: now,
    });
    return result;
  });
}
