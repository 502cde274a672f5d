// Joins two wrapped lines into one, mending words hyphenated across the line break.
import { firstWord, startsLower } from './line-patterns';

/** Words after which a trailing hyphen is a suspended compound ("hälso- och sjukvård"). */
const SUSPENDED_NEXT = new Set([
  'och',
  'eller',
  'samt',
  'resp',
  'resp.',
  'respektive',
  'liksom',
  'som',
  'till',
  'men',
  'utan',
  'and',
  'or',
]);

/** Joins line `b` onto text `a`: a space, or nothing when `a` ends in a word split by a hyphen. */
export function joinLineText(a: string, b: string): string {
  const hyphenated = a.endsWith('-') ? /(\p{L}+|\p{N}+)-$/u.exec(a.slice(-80)) : null;
  if (!hyphenated) return `${a} ${b}`;
  const left = hyphenated[1] ?? '';
  const next = firstWord(b)
    .toLowerCase()
    .replace(/[,;:]$/u, '');
  if (SUSPENDED_NEXT.has(next)) return `${a} ${b}`;
  // Acronyms, numbers and one- or two-letter prefixes keep their hyphen: "VULF-avtal", "e-tjänster".
  if (/\p{N}/u.test(left) || /^\p{Lu}{2,}$/u.test(left) || left.length <= 2) return `${a}${b}`;
  if (startsLower(b)) return `${a.slice(0, -1)}${b}`;
  return `${a}${b}`;
}
