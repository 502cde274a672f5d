// Turns a document's cleaned text and blocks into Slate's value: one element per block.
import type { Block } from '../../../../shared/domain/types';
import type { BlockElement } from './slate-types';

export function buildEditorValue(text: string, blocks: readonly Block[]): BlockElement[] {
  if (!blocks.length) return [{ type: 'paragraph', blockIndex: 0, children: [{ text }] }];
  return blocks.map((block, blockIndex) => ({
    type: block.type,
    ...(block.level ? { level: block.level } : {}),
    blockIndex,
    children: [{ text: text.slice(block.start, block.end) }],
  }));
}
