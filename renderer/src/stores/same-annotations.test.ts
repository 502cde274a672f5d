// Tests for telling whether a refreshed annotation list differs from the one shown.
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/domain/types';
import { identicalAnnotation, sameAnnotations } from './same-annotations';

const annotation = (id: string, extra: Partial<Annotation> = {}): Annotation => ({
  id,
  documentId: 'd',
  start: 0,
  end: 5,
  exact: 'Hello',
  prefix: '',
  suffix: '',
  tags: [{ codeId: 'c1', stanceId: 'supports' }],
  comment: '',
  coderId: 'k',
  origin: 'manual',
  createdAt: '2026-01-01',
  updatedAt: '2026-01-01',
  ...extra,
});

describe('sameAnnotations', () => {
  it('is true for equal lists in another order', () => {
    expect(sameAnnotations([annotation('a'), annotation('b')], [annotation('b'), annotation('a')])).toBe(
      true,
    );
  });
  it('notices one added or removed elsewhere', () => {
    expect(sameAnnotations([annotation('a')], [annotation('a'), annotation('b')])).toBe(false);
    expect(sameAnnotations([annotation('a'), annotation('b')], [annotation('a'), annotation('c')])).toBe(
      false,
    );
  });
  it('notices a changed stance, span or comment', () => {
    const a = annotation('a');
    expect(sameAnnotations([a], [annotation('a', { tags: [{ codeId: 'c1', stanceId: 'opposes' }] })])).toBe(
      false,
    );
    expect(sameAnnotations([a], [annotation('a', { end: 9 })])).toBe(false);
    expect(sameAnnotations([a], [annotation('a', { comment: 'Varför?' })])).toBe(false);
  });
});

describe('identicalAnnotation', () => {
  it('is true only when every field is equal, the quote and the time included', () => {
    expect(identicalAnnotation(annotation('a'), annotation('a'))).toBe(true);
    expect(identicalAnnotation(annotation('a'), annotation('a', { createdAt: '2026-01-02' }))).toBe(false);
    expect(identicalAnnotation(annotation('a'), annotation('a', { prefix: 'Hej ' }))).toBe(false);
    expect(identicalAnnotation(annotation('a'), annotation('a', { origin: 'suggestion' }))).toBe(false);
  });
});
