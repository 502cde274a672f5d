// Pure helpers that widen a text span to whole words, its sentence or its paragraph (block).
import { blockIndexAt } from '../domain/block-index';
import type { Block } from '../domain/types';

/** A half-open range [start, end) of offsets into a document's cleaned text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Abbreviations (lower case, without the final dot) whose dot does not end a sentence. */
const ABBREVIATIONS = new Set([
  't.ex',
  'bl.a',
  's.k',
  'm.m',
  'm.fl',
  'd.v.s',
  'dvs',
  'o.s.v',
  'osv',
  'etc',
  'jfr',
  'ca',
  'resp',
  'kap',
  'prop',
  'dir',
  'sid',
  's',
  'nr',
  'st',
  't.o.m',
  'fr.o.m',
  'inkl',
  'exkl',
  'p.g.a',
  'pga',
  'f.d',
  'f.n',
  'dnr',
  'tel',
  'mnkr',
  'tkr',
  'milj',
  'mn',
  'o.d',
  'e.d',
  'a.a',
  'fig',
  'tab',
  'bil',
  'uppl',
  'övr',
  'ang',
  'enl',
  'avd',
  'mfl',
  'obs',
  'vs',
  'ev',
  'kl',
  'ff',
]);

const WORD_CHAR = /[\p{L}\p{N}_\-’'§]/u;
const CLOSERS = /["”»)\]’']/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

/** Whether the punctuation at `dot` (inside [from, to)) ends a sentence. */
function endsSentence(text: string, dot: number, to: number): boolean {
  const ch = text[dot];
  if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') return false;
  let after = dot + 1;
  while (after < to && CLOSERS.test(text[after]!)) after++;
  if (after < to && !/\s/u.test(text[after]!)) return false; // "4.1.1", "t.ex" inside a token
  if (ch !== '.') return true;
  // The token before the dot, back to whitespace or an opening bracket.
  let from = dot;
  while (from > 0 && !/[\s(["“«]/u.test(text[from - 1]!)) from--;
  const token = text.slice(from, dot).toLowerCase();
  if (ABBREVIATIONS.has(token)) return false;
  if (/^\d+(?:\.\d+)*$/u.test(token) && after < to) {
    // "avsnitt 4.1. Vi …" ends; "4. januari" or a list number "1. Text" at block start does not.
    const next = text.slice(after).trimStart()[0];
    return next !== undefined && /\p{Lu}/u.test(next) && !isListNumber(text, from);
  }
  if (after >= to) return true;
  // A sentence goes on in lower case after an unknown abbreviation ("jfr. prop.").
  const next = text.slice(after, to).trimStart()[0];
  return next === undefined || !/\p{Ll}/u.test(next);
}

/** Whether the number token at `from` is the first thing on its line (a list number). */
function isListNumber(text: string, from: number): boolean {
  let i = from - 1;
  while (i >= 0 && text[i] === ' ') i--;
  return i < 0 || text[i] === '\n';
}

/** Trims whitespace at both ends of [start, end). */
function trimSpan(text: string, start: number, end: number): TextSpan {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return { start: s, end: e };
}

/** Widens [start, end) so it neither starts nor ends inside a word, and trims whitespace. */
export function snapToWords(text: string, start: number, end: number): TextSpan {
  let s = Math.max(0, Math.min(start, end));
  let e = Math.min(text.length, Math.max(start, end));
  while (s > 0 && isWordChar(text[s - 1]) && isWordChar(text[s])) s--;
  while (e < text.length && isWordChar(text[e - 1]) && isWordChar(text[e])) e++;
  const trimmed = trimSpan(text, s, e);
  return trimmed.end > trimmed.start ? trimmed : { start: s, end: s };
}

/** Start of the sentence containing `offset`, within the block [from, to). */
function sentenceStart(text: string, offset: number, from: number, to: number): number {
  for (let i = offset - 1; i >= from; i--) {
    if (endsSentence(text, i, to)) {
      let s = i + 1;
      while (s < offset && (CLOSERS.test(text[s]!) || /\s/u.test(text[s]!))) s++;
      return s;
    }
  }
  return from;
}

/** End of the sentence containing `offset`, within [from, to). */
function sentenceEnd(text: string, offset: number, to: number): number {
  for (let i = Math.max(offset - 1, 0); i < to; i++) {
    if (endsSentence(text, i, to)) {
      let e = i + 1;
      while (e < to && CLOSERS.test(text[e]!)) e++;
      return e;
    }
  }
  return to;
}

/**
 * Widens [start, end) to the whole sentence(s) it touches. Sentences end at ".", "!", "?"
 * or "…" before whitespace and never cross a block's edge; Swedish
 * abbreviations ("t.ex.", "bl.a.", "s.k.") and section numbers ("4.1.1") do not end one.
 */
export function extendToSentence(text: string, blocks: Block[], start: number, end: number): TextSpan {
  if (blocks.length === 0) return snapToWords(text, start, end);
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  const first = blocks[Math.max(0, blockIndexAt(blocks, lo))]!;
  const last = blocks[Math.max(0, blockIndexAt(blocks, Math.max(lo, hi - 1)))]!;
  const s = sentenceStart(text, Math.max(lo, first.start), first.start, first.end);
  const e = sentenceEnd(text, Math.min(Math.max(hi, last.start), last.end), last.end);
  return trimSpan(text, s, Math.max(e, s));
}

/** Widens [start, end) to the whole block(s) (paragraph, heading or list item) it touches. */
export function extendToParagraph(blocks: Block[], start: number, end: number): TextSpan {
  if (blocks.length === 0) return { start, end };
  const lo = Math.min(start, end);
  const hi = Math.max(start, end);
  const first = blocks[Math.max(0, blockIndexAt(blocks, lo))]!;
  const last = blocks[Math.max(0, blockIndexAt(blocks, Math.max(lo, hi - 1)))]!;
  return { start: first.start, end: Math.max(first.end, last.end) };
}
