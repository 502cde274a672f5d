// Turns search hits into the passages "tag all hits" will tag: each hit widened to its sentence or paragraph, overlaps merged.
import type { Block } from '../../../../shared/domain/types';
import { extendToParagraph, extendToSentence } from '../../../../shared/selection/extend-span';

export type TagExtent = 'sentence' | 'paragraph';

export interface HitRef {
  documentId: string;
  start: number;
  end: number;
}

export interface PassageToTag {
  documentId: string;
  start: number;
  end: number;
  quote: string;
  /** How many hits fell in this passage. */
  hits: number;
}

export interface DocumentTextRef {
  text: string;
  blocks: Block[];
}

/** The passages to tag, in document and text order; hits in documents without text are skipped. */
export function passagesForHits(
  hits: HitRef[],
  texts: Map<string, DocumentTextRef>,
  extent: TagExtent,
): PassageToTag[] {
  const byDocument = new Map<string, PassageToTag[]>();
  for (const hit of hits) {
    const doc = texts.get(hit.documentId);
    if (!doc) continue;
    const span =
      extent === 'sentence'
        ? extendToSentence(doc.text, doc.blocks, hit.start, hit.end)
        : extendToParagraph(doc.blocks, hit.start, hit.end);
    if (span.end <= span.start) continue;
    const list = byDocument.get(hit.documentId) ?? [];
    byDocument.set(hit.documentId, list);
    list.push({ documentId: hit.documentId, ...span, quote: '', hits: 1 });
  }
  const out: PassageToTag[] = [];
  for (const [documentId, list] of byDocument) {
    list.sort((a, b) => a.start - b.start || a.end - b.end);
    const merged: PassageToTag[] = [];
    for (const p of list) {
      const last = merged[merged.length - 1];
      if (last && p.start < last.end) {
        last.end = Math.max(last.end, p.end);
        last.hits += p.hits;
      } else merged.push({ ...p });
    }
    const text = texts.get(documentId)!.text;
    for (const p of merged) out.push({ ...p, quote: text.slice(p.start, p.end) });
  }
  return out;
}
