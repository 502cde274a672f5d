// Creates, changes and deletes annotations after checking them against the stored document.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/api-error';
import type { Annotation, AnnotationOrigin, AnnotationTag } from '../../../shared/domain/types';
import { draftAnnotation } from '../../../shared/domain/draft-annotation';
import { textQuoteAt } from '../../../shared/domain/text-quote';
import { documentText } from './document-text-cache';
import {
  deleteAnnotation as deleteRow,
  getAnnotation,
  insertAnnotation,
  replaceAnnotation,
} from '../db/tables/annotations';

export interface NewAnnotation {
  documentId: string;
  start: number;
  end: number;
  tags: AnnotationTag[];
  comment?: string;
  origin?: AnnotationOrigin;
  id?: string;
  createdAt?: string;
}

function checkSpan(text: string, start: number, end: number): void {
  if (end <= start || end > text.length) {
    throw new ApiError(
      'invalid_span',
      `The passage ${start}–${end} lies outside the document (length ${text.length}).`,
      {
        start,
        end,
        length: text.length,
      },
    );
  }
}

function checkTags(db: Database, tags: AnnotationTag[]): void {
  const seen = new Set<string>();
  for (const tag of tags) {
    if (seen.has(tag.codeId)) {
      throw new ApiError('duplicate_tag', `The proposal ${tag.codeId} is given twice.`, {
        codeId: tag.codeId,
      });
    }
    seen.add(tag.codeId);
    if (!db.prepare('SELECT 1 FROM codes WHERE id = ?').get(tag.codeId)) {
      throw new ApiError('code_not_found', `No codebook entry with id ${tag.codeId}.`, {
        codeId: tag.codeId,
      });
    }
    if (tag.stanceId !== null && !db.prepare('SELECT 1 FROM stances WHERE id = ?').get(tag.stanceId)) {
      throw new ApiError('stance_not_found', `No stance with id ${tag.stanceId}.`, {
        stanceId: tag.stanceId,
      });
    }
  }
}

export function createAnnotation(db: Database, coderId: string, input: NewAnnotation): Annotation {
  return db.transaction(() => {
    const text = documentText(db, input.documentId);
    checkSpan(text, input.start, input.end);
    checkTags(db, input.tags);
    if (input.id && getAnnotation(db, input.id)) {
      throw new ApiError('annotation_exists', `An annotation with id ${input.id} already exists.`, {
        id: input.id,
      });
    }
    const annotation = draftAnnotation(
      { id: input.documentId, text },
      input,
      coderId,
      input.id ?? randomUUID(),
      input.createdAt ?? new Date().toISOString(),
    );
    insertAnnotation(db, annotation);
    return annotation;
  })();
}

export interface AnnotationChange {
  id: string;
  start?: number;
  end?: number;
  tags?: AnnotationTag[];
  comment?: string;
}

export function updateAnnotation(db: Database, change: AnnotationChange): Annotation {
  return db.transaction(() => {
    const current = getAnnotation(db, change.id);
    if (!current)
      throw new ApiError('annotation_not_found', `No annotation with id ${change.id}.`, { id: change.id });
    const start = change.start ?? current.start;
    const end = change.end ?? current.end;
    const text = documentText(db, current.documentId);
    checkSpan(text, start, end);
    const tags = change.tags ?? current.tags;
    checkTags(db, tags);
    const updated: Annotation = {
      ...current,
      start,
      end,
      ...textQuoteAt(text, start, end),
      tags,
      comment: change.comment ?? current.comment,
      updatedAt: new Date().toISOString(),
    };
    replaceAnnotation(db, updated);
    return updated;
  })();
}

export function deleteAnnotation(db: Database, id: string): void {
  if (!deleteRow(db, id)) throw new ApiError('annotation_not_found', `No annotation with id ${id}.`, { id });
}

/** Writes an annotation back exactly as given (id, coder, times), replacing any current version. */
export function restoreAnnotation(db: Database, annotation: Annotation): Annotation {
  return db.transaction(() => {
    const text = documentText(db, annotation.documentId);
    checkSpan(text, annotation.start, annotation.end);
    checkTags(db, annotation.tags);
    if (!db.prepare('SELECT 1 FROM coders WHERE id = ?').get(annotation.coderId)) {
      throw new ApiError('coder_not_found', `No coder with id ${annotation.coderId}.`, {
        id: annotation.coderId,
      });
    }
    const restored = { ...annotation, ...textQuoteAt(text, annotation.start, annotation.end) };
    deleteRow(db, annotation.id);
    insertAnnotation(db, restored);
    return restored;
  })();
}
