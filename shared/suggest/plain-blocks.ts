// A simple stand-in importer for plain text: blank-line paragraphs, lines joined with spaces (used when no real importer is available).
import type { Block } from '../domain/types';

const BULLET = /^\s*(?:[•·▪◦●\-–—*]|\uf0b7)\s*/u;

/** Cleans raw extracted text into text + blocks (blocks joined by "\n"). */
export function plainTextBlocks(raw: string): { text: string; blocks: Block[] } {
  const paragraphs: Array<{ body: string; item: boolean }> = [];
  for (const chunk of raw.replace(/\r\n?/g, '\n').split(/\n[ \t\u00a0]*\n/)) {
    const rawLines = chunk.split('\n').filter((l) => l.trim() !== '');
    // A bullet line starts its own list item even without a blank line before it.
    let current: string[] = [];
    let item = false;
    const flush = () => {
      if (current.length > 0) paragraphs.push({ body: current.join(' ').replace(/\s+/g, ' '), item });
      current = [];
    };
    for (const rawLine of rawLines) {
      const line = rawLine.trim();
      // A page often starts with a stray leading space: after a finished sentence it starts a new paragraph.
      const prev = current[current.length - 1];
      if (prev !== undefined && /^\s/.test(rawLine) && /[.!?:]$/.test(prev)) flush();
      if (BULLET.test(line)) {
        flush();
        item = true;
        current.push(line.replace(BULLET, ''));
      } else {
        if (current.length === 0) item = false;
        current.push(line);
      }
    }
    flush();
  }
  const blocks: Block[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (p.body === '') continue;
    if (text !== '') text += '\n';
    blocks.push({
      type: p.item ? 'list-item' : 'paragraph',
      start: text.length,
      end: text.length + p.body.length,
    });
    text += p.body;
  }
  return { text, blocks };
}
