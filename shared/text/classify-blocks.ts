// Decides which paragraphs are headings or list items, and strips bullet characters.
import type { BlockType } from '../domain/types';
import type { Paragraph } from './reflow';
import { endsWithReportReference } from './furniture-patterns';
import { bulletPrefix, endsSentence, headingNumber, numberedItemPrefix, startsUpper } from './line-patterns';

/** A paragraph with its block type (and heading level) decided. */
export interface ClassifiedParagraph extends Paragraph {
  type: BlockType;
  level?: number;
}

const MAX_TITLE_CHARS = 160;
const MAX_TITLE_WORDS = 22;
const MAX_TITLE_RUN = 3;

/** Classifies paragraphs: numbered headings, short title lines, bulleted and numbered list items. */
export function classifyParagraphs(paragraphs: readonly Paragraph[]): ClassifiedParagraph[] {
  const out = paragraphs.map(classifyOne);
  promoteTitleRuns(paragraphs, out);
  const firstHeading = out.find((p) => p.type === 'heading');
  if (firstHeading && firstHeading === out[0] && firstHeading.level === 2) firstHeading.level = 1;
  return out;
}

function classifyOne(p: Paragraph): ClassifiedParagraph {
  const hint = p.lines[0]?.hint;
  const bullet = bulletPrefix(p.text);
  if (hint && hint.type !== 'paragraph') return withLevel({ ...p, type: hint.type }, hint.level);
  if (bullet && (!hint || hint.type === 'paragraph'))
    return { ...p, text: p.text.slice(bullet.length), type: 'list-item' };
  const number = headingNumber(p.text);
  if (number !== null && isNumberedHeading(p.text)) {
    return { ...p, type: 'heading', level: Math.min(6, number.split('.').length) };
  }
  if (!hint && numberedItemPrefix(p.text)) return { ...p, type: 'list-item' };
  return { ...p, type: 'paragraph' };
}

function withLevel(p: ClassifiedParagraph, level: number | undefined): ClassifiedParagraph {
  return p.type === 'heading' ? { ...p, level: level ?? 2 } : p;
}

/** "4.1.1 Genomför redan lämnade förslag …": short, numbered, not ending like a sentence. */
export function isNumberedHeading(text: string): boolean {
  return text.length <= 220 && !/[.!?:;]["”)]*$/u.test(text);
}

/** A short line that reads like a title: "Sammanfattning", "Lagkrav på tillgång till …". */
export function isTitleLike(text: string): boolean {
  if (text.length > MAX_TITLE_CHARS || !startsUpper(text)) return false;
  const maxWords = endsWithReportReference(text) ? MAX_TITLE_WORDS * 2 : MAX_TITLE_WORDS;
  if (text.split(' ').length > maxWords) return false;
  if (endsSentence(text) || /[,–-]$/u.test(text)) return false;
  if (/[.!?] \p{Lu}/u.test(text)) return false;
  return /\p{L}{3,}/u.test(text);
}

/**
 * Title-like paragraphs become headings when at most three of them stand in a row and real
 * text follows (a signature block or address at the end of a document stays paragraphs).
 */
function promoteTitleRuns(source: readonly Paragraph[], out: ClassifiedParagraph[]): void {
  const candidate = (i: number): boolean => {
    const p = out[i]!;
    const hint = source[i]!.lines[0]?.hint;
    return p.type === 'paragraph' && (!hint || hint.type === 'paragraph') && isTitleLike(p.text);
  };
  let i = 0;
  while (i < out.length) {
    if (!candidate(i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < out.length && candidate(end + 1)) end++;
    const followedByText = end + 1 < out.length;
    if (followedByText && end - i + 1 <= MAX_TITLE_RUN) {
      for (let k = i; k <= end; k++) out[k] = { ...out[k]!, type: 'heading', level: 2 };
    }
    i = end + 1;
  }
}
