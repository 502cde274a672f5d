import { describe, expect, it } from 'vitest';
import { safeFileName } from './safe-file-name';

describe('safeFileName', () => {
  it('keeps Swedish names readable and removes what a file system refuses', () => {
    expect(safeFileName('Demoprojekt: SOU 2024:72-Åsa.qdpx')).toBe('Demoprojekt- SOU 2024-72-Åsa.qdpx');
    expect(safeFileName('../a/b\u0000.json')).toBe('a-b-.json');
    expect(safeFileName('...')).toBe('remisskod');
  });
});
