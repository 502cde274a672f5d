// The text cleaner: raw extracted lines in, readable blocks with source positions out.
import type { Block } from '../domain/types';
import type { RawLine } from './raw-line';
import { classifyParagraphs } from './classify-blocks';
import { removePageFurniture } from './page-furniture';
import { prepareLines } from './prepare-lines';
import { reflow } from './reflow';
import { stitchFootnotes } from './footnotes';

/** Cleaned text: the blocks joined by "\n", each block pointing back to its source page/line. */
export interface CleanedText {
  text: string;
  blocks: Block[];
}

/** Runs every cleaning rule (see docs/import.md) over raw extracted lines. */
export function cleanLines(raw: readonly RawLine[]): CleanedText {
  const lines = removePageFurniture(prepareLines(raw));
  const paragraphs = classifyParagraphs(stitchFootnotes(reflow(lines)));
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (const p of paragraphs) {
    const text = p.text.trim();
    if (text === '') continue;
    const first = p.lines[0];
    const block: Block = { type: p.type, start: offset, end: offset + text.length };
    if (p.type === 'heading') block.level = p.level ?? 2;
    if (first?.page !== undefined) block.page = first.page;
    if (first?.line !== undefined) block.line = first.line;
    blocks.push(block);
    parts.push(text);
    offset += text.length + 1;
  }
  return { text: parts.join('\n'), blocks };
}
