import { describe, expect, it } from 'vitest';
import type { Annotation } from '../domain/types';
import { filterAnnotations } from './filter-annotations';

const a = (id: string, coderId: string, tags: [string, string | null][]): Annotation => ({
  id,
  documentId: 'd',
  start: 0,
  end: 1,
  exact: 'x',
  prefix: '',
  suffix: '',
  tags: tags.map(([codeId, stanceId]) => ({ codeId, stanceId })),
  comment: '',
  coderId,
  origin: 'manual',
  createdAt: '',
  updatedAt: '',
});

const all = [
  a('1', 'anna', [['p1', 'supports']]),
  a('2', 'bo', [['p2', 'opposes']]),
  a('3', 'anna', [
    ['p2', 'supports'],
    ['p1', 'opposes'],
  ]),
];

describe('filterAnnotations', () => {
  it('lets everything through without criteria', () => {
    expect(filterAnnotations(all, { codeIds: [], stanceIds: [], coderIds: [] })).toHaveLength(3);
  });
  it('keeps passages where one tag has both the proposal and the stance asked for', () => {
    const ids = filterAnnotations(all, { codeIds: ['p1'], stanceIds: ['opposes'], coderIds: [] }).map(
      (x) => x.id,
    );
    expect(ids).toEqual(['3']);
  });
  it('filters by coder', () => {
    expect(filterAnnotations(all, { codeIds: [], stanceIds: [], coderIds: ['bo'] }).map((x) => x.id)).toEqual(
      ['2'],
    );
  });
});
