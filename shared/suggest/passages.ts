// Splits a document's cleaned text into sentences, headings and list items, each with its heading context.
import type { Block } from '../domain/types';
import { findSectionRefs } from './section-refs';

export type PassageKind = 'heading' | 'sentence' | 'list-item';

export interface Passage {
  kind: PassageKind;
  start: number;
  end: number;
  /** Indexes (into the passage list) of the headings above, nearest first (at most two). */
  headings: number[];
  /** Index of the sentence ending in ":" that introduces this list item, or -1. */
  leadIn: number;
  /** The report chapter the passage sits in, from the last numbered heading ("7 …", "5.4 …", "… kap.7"), or null. */
  chapter: string | null;
}

const TERMINAL = /[.!?:;]["”»)]?\s*$/u;
const BULLET = /^\s*(?:[•·▪◦●\-–—*]|\uf0b7|\d+[.)]\s|[a-z][.)]\s)/u;
const BULLET_MARK = /^\s*(?:[•·▪◦●\-–—*]|\uf0b7|[a-z][.)]\s)/u;
/** A line ending in one of these words goes on in the next line, whatever its case. */
const OPEN_END =
  /\s(?:att|och|samt|eller|i|på|av|för|till|som|med|om|den|det|en|ett|de|är|vid|från|mot|under|inom|mellan|över|efter|där|när|så|men|utan)\s*$/iu;
const ABBREVIATIONS =
  /(?:^|[\s(])(?:t\.ex|bl\.a|m\.m|m\.fl|d\.v\.s|dvs|kap|s|sid|nr|jfr|ca|resp|t\.o\.m|fr\.o\.m|prop|dir|st|osv|etc|inkl|exkl|mn|milj|tkr)\.$/iu;

interface Paragraph {
  start: number;
  end: number;
  type: Block['type'];
}

function startsLower(text: string): boolean {
  return /^\s*\p{Ll}/u.test(text);
}

/** Joins blocks that PDF extraction broke in the middle of a sentence. */
function paragraphsOf(text: string, blocks: Block[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const block of blocks) {
    const body = text.slice(block.start, block.end);
    if (body.trim() === '') continue;
    const prev = out[out.length - 1];
    const prevText = prev ? text.slice(prev.start, prev.end) : '';
    // A "heading" that ends in "till" and goes on in lower case is a sentence broken by extraction.
    const brokenHeading = prev?.type === 'heading' && OPEN_END.test(prevText) && startsLower(body);
    const continues =
      prev !== undefined &&
      (prev.type !== 'heading' || brokenHeading) &&
      block.type !== 'heading' &&
      block.type !== 'list-item' &&
      !TERMINAL.test(prevText) &&
      (startsLower(body) || OPEN_END.test(prevText)) &&
      !BULLET_MARK.test(body);
    if (continues) {
      prev.end = block.end;
      if (brokenHeading) prev.type = 'paragraph';
    } else out.push({ start: block.start, end: block.end, type: block.type });
  }
  return out;
}

/** Whether a paragraph block reads like a heading: short, unpunctuated, not starting in lower case. */
export function looksLikeHeading(body: string): boolean {
  const t = body.trim();
  if (t.length < 3 || t.length > 160 || TERMINAL.test(t) || /,\s*$/.test(t)) return false;
  if (startsLower(t) || BULLET_MARK.test(t) || OPEN_END.test(t)) return false;
  const words = t.split(/\s+/).length;
  const letters = (t.match(/\p{L}/gu) ?? []).length;
  const visible = t.replace(/\s+/g, '').length;
  return words <= 18 && /\p{L}{3}/u.test(t) && letters / visible >= 0.7;
}

/** Sentence spans inside one paragraph, trimmed. */
function sentencesOf(text: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const body = text.slice(start, end);
  let from = 0;
  const re = /[.!?]["”»)]?(?=\s+["“”«(]?[\p{Lu}\d])/gu;
  for (const m of body.matchAll(re)) {
    const cut = (m.index ?? 0) + m[0].length;
    if (ABBREVIATIONS.test(body.slice(Math.max(0, cut - 8), cut))) continue;
    spans.push([from, cut]);
    from = cut;
  }
  spans.push([from, body.length]);
  return spans
    .map(([a, b]): [number, number] => {
      const s = body.slice(a, b);
      const lead = s.length - s.trimStart().length;
      const trail = s.length - s.trimEnd().length;
      return [start + a + lead, start + b - trail];
    })
    .filter(([a, b]) => b > a);
}

/** Splits the document into passages, in text order. */
export function splitPassages(text: string, blocks: Block[]): Passage[] {
  const passages: Passage[] = [];
  let headings: number[] = [];
  let lastSentence = -1;
  let chapter: string | null = null;
  for (const para of paragraphsOf(text, blocks)) {
    const body = text.slice(para.start, para.end);
    const isHeading = para.type === 'heading' || (para.type !== 'list-item' && looksLikeHeading(body));
    if (isHeading) {
      const span = sentencesOf(text, para.start, para.end);
      const start = span[0]?.[0] ?? para.start;
      const end = span[span.length - 1]?.[1] ?? para.end;
      const cited = findSectionRefs(text.slice(start, end), true).find((r) => r.explicit);
      if (cited) chapter = cited.section.split('.')[0]!;
      passages.push({ kind: 'heading', start, end, headings: headings.slice(), leadIn: -1, chapter });
      headings = [passages.length - 1, ...headings].slice(0, 2);
      continue;
    }
    const isItem = para.type === 'list-item' || BULLET.test(body);
    const prev = passages[lastSentence];
    let leadIn = -1;
    if (isItem && prev?.kind === 'list-item') leadIn = prev.leadIn;
    else if (isItem && prev && /:\s*$/.test(text.slice(prev.start, prev.end))) leadIn = lastSentence;
    for (const [start, end] of sentencesOf(text, para.start, para.end)) {
      passages.push({
        kind: isItem ? 'list-item' : 'sentence',
        start,
        end,
        headings: headings.slice(),
        leadIn,
        chapter,
      });
      lastSentence = passages.length - 1;
    }
  }
  return passages;
}
