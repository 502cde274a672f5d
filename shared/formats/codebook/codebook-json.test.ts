import { describe, expect, it } from 'vitest';
import { parseCodebookJson } from './codebook-json';

const file = (codes: unknown[]) => JSON.stringify({ format: 'remisskod-codebook', version: 1, codes });

describe('parseCodebookJson', () => {
  it('reads codes with parents in file order', () => {
    const parsed = parseCodebookJson(
      file([
        { id: 'k4', title: 'Kapitel 4', kind: 'chapter' },
        { id: 'p1', parentId: 'k4', section: '4.1', title: 'Förslag', kind: 'forslag' },
      ]),
      'kodbok.json',
    );
    expect(parsed.codes.map((c) => [c.id, c.parentId, c.sortOrder])).toEqual([
      ['k4', null, 1],
      ['p1', 'k4', 2],
    ]);
  });

  it('refuses codes whose parents form a cycle, naming the file', () => {
    const cyclic = file([
      { id: 'a', parentId: 'b', title: 'A' },
      { id: 'b', parentId: 'a', title: 'B' },
    ]);
    expect(() => parseCodebookJson(cyclic, 'cykel.json')).toThrow(
      /cykel\.json: codes\.0: "a" is inside itself/,
    );
  });

  it('refuses duplicate ids and missing parents', () => {
    const bad = file([
      { id: 'a', title: 'A' },
      { id: 'a', title: 'A igen' },
      { id: 'c', parentId: 'saknas', title: 'C' },
    ]);
    expect(() => parseCodebookJson(bad, 'fel.json')).toThrow(/used twice.*parent "saknas" does not exist/);
  });
});
