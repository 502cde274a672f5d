// Reads the simple, well-formed HTML that mammoth writes into headings, list items and paragraphs.
import type { RawLine } from '../../shared/text/raw-line';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

interface OpenBlock {
  hint: NonNullable<RawLine['hint']>;
  text: string;
  boldText: string;
}

/** One raw line per block of the HTML, with the block's type as a hint; fully bold short paragraphs count as headings. */
export function htmlToBlockLines(html: string): RawLine[] {
  const out: RawLine[] = [];
  let current: OpenBlock | null = null;
  let bold = 0;
  const flush = (): void => {
    if (current && current.text.trim() !== '') {
      const text = current.text.replace(/\s+/gu, ' ').trim();
      const allBold = current.boldText.replace(/\s+/gu, ' ').trim() === text;
      const hint =
        current.hint.type === 'paragraph' && allBold && text.length <= 120 && !/[.!?:;]$/u.test(text)
          ? { type: 'heading' as const, level: 2 }
          : current.hint;
      out.push({ text, hint, line: out.length + 1 });
    }
    current = null;
  };
  const tokens = html.split(/(<[^>]+>)/u);
  for (const token of tokens) {
    if (token.startsWith('<')) {
      const tag = /^<\/?\s*([a-z0-9]+)/iu.exec(token)?.[1]?.toLowerCase() ?? '';
      const closing = token.startsWith('</');
      if (tag === 'strong' || tag === 'b') bold += closing ? -1 : 1;
      else if (tag === 'br') {
        if (current) current.text += ' ';
      } else if (/^h[1-6]$/u.test(tag) || tag === 'p' || tag === 'li' || tag === 'td' || tag === 'th') {
        if (closing) flush();
        else {
          const isFootnote = tag === 'li' && /id="(?:foot|end)note-/u.test(token);
          if (current === null || current.text.trim() !== '') {
            flush();
            current = { hint: hintFor(tag, isFootnote), text: '', boldText: '' };
          } else if (tag !== 'p') current.hint = hintFor(tag, isFootnote);
        }
      } else if (tag === 'ul' || tag === 'ol' || tag === 'table' || tag === 'tr') flush();
      continue;
    }
    if (token === '') continue;
    const text = decodeEntities(token);
    if (!current) current = { hint: { type: 'paragraph' }, text: '', boldText: '' };
    current.text += text;
    if (bold > 0) current.boldText += text;
  }
  flush();
  return out;
}

function hintFor(tag: string, isFootnote: boolean): NonNullable<RawLine['hint']> {
  if (/^h[1-6]$/u.test(tag)) return { type: 'heading', level: Number(tag.slice(1)) };
  if (tag === 'li' && !isFootnote) return { type: 'list-item' };
  return { type: 'paragraph' };
}
