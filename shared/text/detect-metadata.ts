// Detects a remissvar's respondent, date and diary number from its raw text (user-editable later).
import type { DocumentMeta } from '../domain/types';
import { detectRespondent } from './detect-respondent';

const ISO_DATE = /(?<![\p{L}\p{N}])((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}])/gu;
const MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];
const SWEDISH_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])([0-3]?\\d) (${MONTHS.join('|')}) ((?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
  'giu',
);
const DEADLINE_BEFORE = /(?:senast|tillhanda|före|inom|deadline|svarsdatum)\s+(?:den\s+)?$/iu;
const HEAD_LINES = 25;
const TAIL_LINES = 12;

const DIARY_LABELLED =
  /(?<![\p{L}\p{N}])(?:dnr|diarienr|diarienummer|diarie-nr|vårt dnr|vår beteckning|ärendenr|ärendenummer)(?![\p{L}\p{N}])[.:]?\s*((?:[\p{Lu}]{1,6}[ /-]?)?\d{2,4}(?:[/:.-]\d{1,6}){1,3}(?:[-:.]\d{1,4})?)/iu;
const DIARY_BARE = /(?<![\p{L}\p{N}])(\p{Lu}{2,6})([ /-]?)(\d{4})([/:.-])(\d{1,6})(?![\p{L}\p{N}])/gu;
const NOT_DIARY_PREFIX = new Set([
  'SOU',
  'DS',
  'DIR',
  'SFS',
  'PROP',
  'BET',
  'EU',
  'EG',
  'SKR',
  'HFD',
  'NJA',
  'RÅ',
  'AFS',
  'SOSFS',
  'HSLF',
  'FS',
  'ISBN',
  'ISSN',
]);
const THEIR_REFERENCE =
  /(?<![\p{L}\p{N}])(?:er beteckning|ert dnr|er referens|er ref|ert diarienummer|remissens dnr)(?![\p{L}\p{N}])/iu;

/** Respondent, type, ISO date and diary number found in the raw text of a remissvar. */
export function detectMetadata(rawText: string): DocumentMeta {
  const { name, type } = detectRespondent(rawText);
  return {
    respondent: name,
    respondentType: type,
    date: detectDate(rawText),
    diaryNumber: detectDiaryNumber(rawText),
  };
}

function nonBlankLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\f/u).filter((l) => l.trim() !== '');
}

/** The answer's date: one in the letterhead or title area first, then one by the signature. */
export function detectDate(rawText: string): string | null {
  const lines = nonBlankLines(rawText);
  const head = lines.slice(0, HEAD_LINES);
  const tail = lines.slice(Math.max(HEAD_LINES, lines.length - TAIL_LINES));
  return firstDate(head) ?? lastDate(tail) ?? null;
}

function datesIn(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(ISO_DATE)) {
    if (!DEADLINE_BEFORE.test(line.slice(0, m.index))) out.push(m[0]);
  }
  for (const m of line.matchAll(SWEDISH_DATE)) {
    if (DEADLINE_BEFORE.test(line.slice(0, m.index))) continue;
    const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
    out.push(`${m[3]}-${String(month).padStart(2, '0')}-${m[1]!.padStart(2, '0')}`);
  }
  return out;
}

function firstDate(lines: string[]): string | undefined {
  for (const line of lines) {
    const found = datesIn(line);
    if (found.length > 0) return found[0];
  }
  return undefined;
}

function lastDate(lines: string[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const found = datesIn(lines[i]!);
    if (found.length > 0) return found[found.length - 1];
  }
  return undefined;
}

/** "Dnr ALD 2024/457" when labelled; otherwise a number like "VON/2024:198" near the top or in page headers. */
export function detectDiaryNumber(rawText: string): string | null {
  const lines = nonBlankLines(rawText);
  for (const line of lines) {
    if (THEIR_REFERENCE.test(line)) continue;
    const m = DIARY_LABELLED.exec(line);
    if (m) return m[1]!.trim();
  }
  const counts = new Map<string, { count: number; first: number }>();
  lines.forEach((line, index) => {
    if (THEIR_REFERENCE.test(line)) return;
    for (const m of line.matchAll(DIARY_BARE)) {
      if (NOT_DIARY_PREFIX.has(m[1]!.toUpperCase())) continue;
      if (/\(\s*$/u.test(line.slice(0, m.index))) continue;
      const entry = counts.get(m[0]) ?? { count: 0, first: index };
      entry.count++;
      counts.set(m[0], entry);
    }
  });
  let best: string | null = null;
  let bestScore = 0;
  for (const [value, { count, first }] of counts) {
    const score = count + (first < HEAD_LINES ? 3 : 0);
    if (score > bestScore && (count >= 2 || first < HEAD_LINES || counts.size === 1)) {
      best = value;
      bestScore = score;
    }
  }
  return best;
}
