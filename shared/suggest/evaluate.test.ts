// The evaluation's rules: quotes found whatever the line breaks, overlap plus same proposal counts as a hit.
import { describe, expect, it } from 'vitest';
import { evaluate, locateQuote, type LocatedLabel } from './evaluate';
import type { Suggestion } from './types';

const suggestion = (
  start: number,
  end: number,
  codeId: string,
  stanceId: string | null,
): Suggestion & { file: string } => ({
  file: 'a.txt',
  key: `a:${start}:${end}:${codeId}`,
  documentId: 'a',
  start,
  end,
  quote: '',
  codeId,
  section: '',
  stanceId,
  score: 1,
  reasons: [],
});
const label = (start: number, end: number, codeId: string, stanceId: string): LocatedLabel => ({
  file: 'a.txt',
  quote: '',
  start,
  end,
  codeId,
  stanceId,
});

describe('locateQuote', () => {
  it('finds a quote across line breaks and hyphen joins, and the nth occurrence', () => {
    const text = 'Intro. Vi stödjer\nförslaget om VULF-\navtal. Vi stödjer förslaget om VULF-avtal.';
    const first = locateQuote(text, 'Vi stödjer förslaget om VULF-avtal.')!;
    expect(text.slice(first.start, first.end)).toBe('Vi stödjer\nförslaget om VULF-\navtal.');
    const second = locateQuote(text, 'Vi stödjer förslaget om VULF-avtal.', 2)!;
    expect(second.start).toBeGreaterThan(first.end);
    expect(text.slice(second.start, second.end)).toBe('Vi stödjer förslaget om VULF-avtal.');
    expect(locateQuote(text, 'saknas')).toBeNull();
  });
});

describe('evaluate', () => {
  it('counts precision, recall and stance accuracy', () => {
    const labels = [
      label(0, 10, 'p1', 'supports'),
      label(20, 30, 'p2', 'opposes'),
      label(40, 50, 'p3', 'supports'),
    ];
    const r = evaluate(
      [
        suggestion(5, 15, 'p1', 'supports'),
        suggestion(20, 25, 'p2', 'supports'),
        suggestion(60, 70, 'p1', 'supports'),
      ],
      labels,
    );
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.stanceAccuracy).toBeCloseTo(1 / 2);
    expect(r.missed).toEqual([labels[2]]);
  });
});
