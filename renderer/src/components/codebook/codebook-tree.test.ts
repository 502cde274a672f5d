import { describe, expect, it } from 'vitest';
import type { CodebookEntry } from '../../../../shared/domain/types';
import { codebookRows } from './codebook-tree';

const code = (id: string, parentId: string | null, sortOrder: number): CodebookEntry => ({
  id,
  parentId,
  section: '',
  title: id,
  kind: 'forslag',
  description: '',
  colour: '#000000',
  sortOrder,
});

describe('codebookRows', () => {
  it('puts children under their parent in sibling order, with depth', () => {
    const rows = codebookRows([
      code('b', null, 2),
      code('a2', 'a', 2),
      code('a', null, 1),
      code('a1', 'a', 1),
    ]);
    expect(rows.map((r) => `${r.depth}:${r.code.id}`)).toEqual(['0:a', '1:a1', '1:a2', '0:b']);
    expect(rows.find((r) => r.code.id === 'a2')).toMatchObject({ index: 1, siblings: 2 });
  });
});
