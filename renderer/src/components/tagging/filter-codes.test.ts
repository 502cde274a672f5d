import { describe, expect, it } from 'vitest';
import type { CodebookEntry } from '../../../../shared/domain/types';
import { filterCodes } from './filter-codes';

const code = (
  id: string,
  section: string,
  title: string,
  kind: CodebookEntry['kind'] = 'forslag',
): CodebookEntry => ({
  id,
  parentId: null,
  section,
  title,
  kind,
  description: '',
  colour: '#000000',
  sortOrder: 0,
});

const codes = [
  code('ch4', '4', 'Stärkt läkarmedverkan', 'chapter'),
  code('a', '4.1.1', 'Lagkrav på tillgång till medicinsk bedömning dygnet runt'),
  code('b', '4.6', 'Ledningsansvarig med medicinsk kompetens'),
  code('c', '7', 'Försöksverksamhet med Magnetmodellen'),
];

describe('filterCodes', () => {
  it('finds a proposal by its section number prefix', () => {
    expect(filterCodes(codes, '4.1').map((c) => c.id)).toEqual(['a']);
  });
  it('finds a proposal by words of its title, in any case', () => {
    expect(filterCodes(codes, 'magnet').map((c) => c.id)).toEqual(['c']);
    expect(filterCodes(codes, 'medicinsk').map((c) => c.id)).toEqual(['a', 'b']);
  });
  it('matches letters in order when the words do not match (fuzzy)', () => {
    expect(filterCodes(codes, 'mgntmod').map((c) => c.id)).toEqual(['c']);
    expect(filterCodes(codes, 'mgnt')[0]?.id).toBe('c');
  });
  it('puts recently used proposals first among equal matches', () => {
    expect(filterCodes(codes, '', 12, ['c', 'b']).map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });
  it('never offers chapters, which are not taggable', () => {
    expect(filterCodes(codes, '').map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });
});
