// Codebook order: chapters group their proposals, siblings follow sortOrder, chapters themselves are left out.
import { describe, expect, it } from 'vitest';
import type { CodebookEntry } from '../domain/types';
import { orderProposals } from './proposal-order';
import { SAMPLE_CODES } from './sample-snapshot';

describe('orderProposals', () => {
  it('walks parents before children by sortOrder', () => {
    expect(orderProposals(SAMPLE_CODES).map((p) => p.entry.id)).toEqual(['4.1.1', '4.4.3', '5.4', 'general']);
  });

  it('nests a sub-proposal under its proposal and keeps orphans whose parent is missing', () => {
    const extra: CodebookEntry[] = [
      ...SAMPLE_CODES,
      { ...SAMPLE_CODES[1]!, id: 'sub', parentId: '4.1.1', section: '4.1.1 a', sortOrder: 1 },
      { ...SAMPLE_CODES[1]!, id: 'orphan', parentId: 'gone', section: '9', sortOrder: 0 },
    ];
    const order = orderProposals(extra);
    expect(order.map((p) => p.entry.id)).toEqual(['orphan', '4.1.1', 'sub', '4.4.3', '5.4', 'general']);
    expect(order.find((p) => p.entry.id === 'sub')!.depth).toBe(1);
  });
});
