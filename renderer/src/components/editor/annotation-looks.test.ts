// Tests that annotation looks say which annotations changed look, so only their blocks are redrawn.
import { describe, expect, it } from 'vitest';
import type { Annotation, CodebookEntry, Stance } from '../../../../shared/domain/types';
import { createAnnotationLooks } from './annotation-looks';

const codes: CodebookEntry[] = [
  {
    id: 'p1',
    parentId: null,
    section: '4.1',
    title: 'Läkare',
    kind: 'proposal',
    description: '',
    colour: '#1565c0',
    sortOrder: 0,
  },
];
const stances: Stance[] = [
  { id: 'supports', labelSv: 'Tillstyrker', labelEn: 'Supports', colour: '#2e7d32', sortOrder: 0 },
  { id: 'opposes', labelSv: 'Avstyrker', labelEn: 'Opposes', colour: '#c62828', sortOrder: 1 },
];
const annotation = (id: string, stanceId: string): Annotation => ({
  id,
  documentId: 'd',
  start: 0,
  end: 5,
  exact: '',
  prefix: '',
  suffix: '',
  tags: [{ codeId: 'p1', stanceId }],
  comment: '',
  coderId: 'k',
  origin: 'manual',
  createdAt: '',
  updatedAt: '',
});

describe('createAnnotationLooks', () => {
  it('names the annotations whose look changed, not new ones, and null when the colour scheme changes', () => {
    const looks = createAnnotationLooks();
    const a = annotation('a', 'supports');
    const b = annotation('b', 'supports');
    expect(looks([a], codes, stances, 'stance').changed).toBeNull();
    const second = looks([a, b], codes, stances, 'stance');
    expect(second.changed).toEqual([]);
    const lookOfA = second.looks.get('a');
    const opposed = looks([a, annotation('b', 'opposes')], codes, stances, 'stance');
    expect(opposed.changed).toEqual(['b']);
    expect(opposed.looks.get('a')).toBe(lookOfA);
    expect(opposed.looks.get('b')!.colour).toBe('#c62828');
    // the saved copy of a just-drawn annotation (new object, same look) changes nothing
    const savedCopy = looks(
      [{ ...a, updatedAt: 'later' }, annotation('b', 'opposes')],
      codes,
      stances,
      'stance',
    );
    expect(savedCopy.changed).toEqual([]);
    expect(savedCopy.looks.get('a')).toBe(lookOfA);
    expect(looks([a], codes, stances, 'stance').looks.has('b')).toBe(false);
    expect(looks([a], codes, stances, 'code').changed).toBeNull();
  });
});
