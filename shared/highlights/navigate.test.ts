import { describe, expect, it } from 'vitest';
import type { Block } from '../domain/types';
import { adjacentAnnotation, nextUncodedHeading } from './navigate';

const spans = [
  { id: 'a', start: 10, end: 20 },
  { id: 'b', start: 40, end: 50 },
];

describe('adjacentAnnotation', () => {
  it('goes to the next annotation after the caret and wraps at the end', () => {
    expect(adjacentAnnotation(spans, 0, 1)?.id).toBe('a');
    expect(adjacentAnnotation(spans, 10, 1)?.id).toBe('b');
    expect(adjacentAnnotation(spans, 45, 1)?.id).toBe('a');
  });
  it('goes backwards and wraps at the start', () => {
    expect(adjacentAnnotation(spans, 45, -1)?.id).toBe('b');
    expect(adjacentAnnotation(spans, 5, -1)?.id).toBe('b');
  });
});

describe('nextUncodedHeading', () => {
  const blocks: Block[] = [
    { type: 'heading', start: 0, end: 5 },
    { type: 'paragraph', start: 6, end: 30 },
    { type: 'heading', start: 31, end: 35 },
    { type: 'paragraph', start: 36, end: 60 },
    { type: 'heading', start: 61, end: 65 },
    { type: 'paragraph', start: 66, end: 90 },
  ];
  it('skips headings whose section already has an annotation', () => {
    expect(nextUncodedHeading(blocks, spans, 0)?.start).toBe(61);
  });
  it('returns null when every section is coded', () => {
    expect(nextUncodedHeading(blocks, [...spans, { id: 'c', start: 70, end: 75 }], 0)).toBeNull();
  });
});
