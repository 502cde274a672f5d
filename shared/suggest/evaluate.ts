// Scores suggestions against hand-labelled passages: proposal precision and recall, stance accuracy.
import type { Suggestion } from './types';

export interface EvalLabel {
  file: string;
  quote: string;
  /** 1-based occurrence when the quote appears more than once. */
  occurrence?: number;
  codeId: string;
  stanceId: string | null;
}

export interface LocatedLabel extends EvalLabel {
  start: number;
  end: number;
}

export interface EvalResult {
  suggestions: number;
  labels: number;
  truePositives: number;
  precision: number;
  recall: number;
  stanceChecked: number;
  stanceCorrect: number;
  stanceAccuracy: number;
  falsePositives: Suggestion[];
  missed: LocatedLabel[];
  stanceErrors: Array<{ label: LocatedLabel; suggestion: Suggestion }>;
}

/**
 * Finds a quote in text ignoring all whitespace (PDF line breaks, hyphen joins), returning
 * offsets into the original text, or null.
 */
export function locateQuote(
  text: string,
  quote: string,
  occurrence = 1,
): { start: number; end: number } | null {
  const positions: number[] = [];
  let squeezed = '';
  for (let i = 0; i < text.length; i++) {
    if (!/\s/u.test(text[i]!)) {
      squeezed += text[i];
      positions.push(i);
    }
  }
  const needle = quote.replace(/\s+/gu, '');
  if (needle === '') return null;
  let at = -1;
  for (let n = 0; n < occurrence; n++) {
    at = squeezed.indexOf(needle, at + 1);
    if (at < 0) return null;
  }
  return { start: positions[at]!, end: positions[at + needle.length - 1]! + 1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/** Compares suggestions with labels of the same documents (both keyed by file name). */
export function evaluate(
  suggestions: Array<Suggestion & { file: string }>,
  labels: Array<LocatedLabel>,
): EvalResult {
  const hitLabels = new Set<LocatedLabel>();
  const falsePositives: Suggestion[] = [];
  const stanceErrors: EvalResult['stanceErrors'] = [];
  let truePositives = 0;
  let stanceChecked = 0;
  let stanceCorrect = 0;
  for (const s of suggestions) {
    const matches = labels.filter((l) => l.file === s.file && l.codeId === s.codeId && overlaps(l, s));
    if (matches.length === 0) {
      falsePositives.push(s);
      continue;
    }
    truePositives++;
    for (const m of matches) hitLabels.add(m);
    stanceChecked++;
    if (matches.some((m) => m.stanceId === s.stanceId)) stanceCorrect++;
    else stanceErrors.push({ label: matches[0]!, suggestion: s });
  }
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    suggestions: suggestions.length,
    labels: labels.length,
    truePositives,
    precision: ratio(truePositives, suggestions.length),
    recall: ratio(hitLabels.size, labels.length),
    stanceChecked,
    stanceCorrect,
    stanceAccuracy: ratio(stanceCorrect, stanceChecked),
    falsePositives,
    missed: labels.filter((l) => !hitLabels.has(l)),
    stanceErrors,
  };
}
