// A new annotation as stored: built by the backend when saving, and by the renderer to show it before the save returns.
import type { Annotation, AnnotationOrigin, AnnotationTag, DocumentFull } from './types';
import { textQuoteAt } from './text-quote';

export interface DraftInput {
  start: number;
  end: number;
  tags: AnnotationTag[];
  comment?: string;
  origin?: AnnotationOrigin;
}

/** A fresh random id (the backend keeps the id it is given). */
export function newAnnotationId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function draftAnnotation(
  document: Pick<DocumentFull, 'id' | 'text'>,
  input: DraftInput,
  coderId: string,
  id: string = newAnnotationId(),
  now: string = new Date().toISOString(),
): Annotation {
  return {
    id,
    documentId: document.id,
    start: input.start,
    end: input.end,
    ...textQuoteAt(document.text, input.start, input.end),
    tags: input.tags,
    comment: input.comment ?? '',
    coderId,
    origin: input.origin ?? 'manual',
    createdAt: now,
    updatedAt: now,
  };
}
