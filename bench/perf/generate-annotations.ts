// Draws overlapping annotations over a document: sentence-to-paragraph spans, some nested or crossing.
import { randomUUID } from 'node:crypto';
import type { Annotation, CodebookEntry, Stance } from '../../shared/domain/types';
import { textQuoteAt } from '../../shared/domain/text-quote';
import type { Random } from './random';

export interface AnnotationContext {
  documentId: string;
  text: string;
  codes: readonly CodebookEntry[];
  stances: readonly Stance[];
  coderIds: readonly string[];
}

/** Moves an offset back to the start of its word so spans look like hand-made selections. */
function wordStart(text: string, offset: number): number {
  let i = Math.max(0, Math.min(offset, text.length - 1));
  while (i > 0 && text[i - 1] !== ' ' && text[i - 1] !== '\n') i--;
  return i;
}

function wordEnd(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i < text.length && text[i] !== ' ' && text[i] !== '\n') i++;
  return i;
}

export function generateAnnotations(r: Random, ctx: AnnotationContext, count: number): Annotation[] {
  const { text } = ctx;
  const result: Annotation[] = [];
  const now = new Date().toISOString();
  // Spread anchors evenly with jitter, then let ~30 % start inside the previous span (overlap).
  const stride = text.length / Math.max(count, 1);
  for (let i = 0; i < count; i++) {
    const previous = result[result.length - 1];
    let start: number;
    if (previous && r.chance(0.3)) start = r.int(previous.start, Math.max(previous.start, previous.end - 1));
    else start = Math.floor(i * stride + r.next() * stride * 0.8);
    start = wordStart(text, start);
    const length = Math.round(Math.min(2400, r.logNormal(160, 0.8)));
    let end = wordEnd(text, Math.min(text.length, start + Math.max(length, 12)));
    if (end <= start) end = Math.min(text.length, start + 1);
    if (end <= start) continue;
    const tagCount = r.chance(0.2) ? 2 : 1;
    const tags = new Map<string, string | null>();
    while (tags.size < tagCount) {
      tags.set(r.pick(ctx.codes).id, r.chance(0.9) ? r.pick(ctx.stances).id : null);
    }
    result.push({
      id: randomUUID(),
      documentId: ctx.documentId,
      start,
      end,
      ...textQuoteAt(text, start, end),
      tags: [...tags].map(([codeId, stanceId]) => ({ codeId, stanceId })),
      comment: r.chance(0.15) ? 'Tydlig ståndpunkt, återkom i sammanställningen.' : '',
      coderId: r.pick(ctx.coderIds),
      origin: 'manual',
      createdAt: now,
      updatedAt: now,
    });
  }
  return result;
}
