// Ranked word matching picks the proposal whose title words a passage uses, inflected or in compounds.
import { describe, expect, it } from 'vitest';
import type { CodebookEntry } from '../domain/types';
import { CodeMatcher } from './code-matcher';

const code = (id: string, title: string, description = ''): CodebookEntry => ({
  id,
  parentId: null,
  section: '',
  title,
  kind: 'forslag',
  description,
  colour: '#000000',
  sortOrder: 0,
});

describe('CodeMatcher', () => {
  const codes = [
    code('sank', 'Inga sanktioner inom läkarmedverkan'),
    code('avtal', 'Föreskrifter om avtal om läkarmedverkan'),
  ];
  const units = [
    'Vi stödjer att inte införa nya sanktionsregler.',
    'Avtalen behöver föreskrifter.',
    'Vädret var fint.',
  ];
  const m = new CodeMatcher(codes, units);

  it('ranks the right proposal first, also for compounds and inflections', () => {
    expect(m.match(0, 0).relevance).toBeGreaterThan(m.match(0, 1).relevance);
    expect(m.match(0, 0).words).toEqual(['sanktionsregler']);
    expect(m.match(1, 1).relevance).toBeGreaterThan(m.match(1, 0).relevance);
  });

  it('gives nothing for unrelated text', () => {
    expect(m.match(2, 0)).toEqual({ relevance: 0, words: [] });
  });
});
