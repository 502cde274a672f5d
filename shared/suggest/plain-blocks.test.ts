// The plain-text stand-in importer: paragraphs, joined lines and list items.
import { describe, expect, it } from 'vitest';
import { plainTextBlocks } from './plain-blocks';

describe('plainTextBlocks', () => {
  it('joins lines, splits at blank lines and bullets, and starts a page paragraph after a finished sentence', () => {
    const { text, blocks } = plainTextBlocks(
      'Rubrik \n\nEn mening som\nfortsätter. \n En ny sida.\n• punkt ett\n• punkt två\n',
    );
    expect(blocks.map((b) => [b.type, text.slice(b.start, b.end)])).toEqual([
      ['paragraph', 'Rubrik'],
      ['paragraph', 'En mening som fortsätter.'],
      ['paragraph', 'En ny sida.'],
      ['list-item', 'punkt ett'],
      ['list-item', 'punkt två'],
    ]);
    expect(text.split('\n')).toHaveLength(5);
  });
});
