// Reads OpenDocument content.xml into headings, list items and paragraphs (footnotes follow their paragraph).
import type { RawLine } from '../../shared/text/raw-line';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (/^#x/iu.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

interface Frame {
  hint: NonNullable<RawLine['hint']>;
  text: string;
}

/** Walks the tags of content.xml; <text:h>, <text:p> and paragraphs inside <text:list-item> become lines. */
export function odtToBlockLines(xml: string): RawLine[] {
  const body = xml.slice(Math.max(0, xml.indexOf('<office:text')));
  const out: RawLine[] = [];
  const notes: string[] = [];
  const stack: Frame[] = [];
  let listDepth = 0;
  let skipDepth = 0;
  let noteDepth = 0;
  const push = (text: string, hint: Frame['hint']): void => {
    const clean = text.replace(/\s+/gu, ' ').trim();
    if (clean !== '') out.push({ text: clean, hint, line: out.length + 1 });
  };
  for (const token of body.split(/(<[^>]+>)/u)) {
    if (!token.startsWith('<')) {
      if (skipDepth === 0 && stack.length > 0) stack[stack.length - 1]!.text += decode(token);
      continue;
    }
    const closing = token.startsWith('</');
    const selfClosing = token.endsWith('/>');
    const name = /^<\/?\s*([\w:.-]+)/u.exec(token)?.[1] ?? '';
    if (name === 'text:note-citation' || name === 'office:annotation' || name === 'text:tracked-changes') {
      if (!selfClosing) skipDepth += closing ? -1 : 1;
      continue;
    }
    if (skipDepth > 0) continue;
    if (name === 'text:note-body') noteDepth += closing ? -1 : selfClosing ? 0 : 1;
    else if (name === 'text:list-item') listDepth += closing ? -1 : selfClosing ? 0 : 1;
    else if (name === 'text:s' && stack.length > 0) {
      const count = Number(/text:c="(\d+)"/u.exec(token)?.[1] ?? '1');
      stack[stack.length - 1]!.text += ' '.repeat(Math.min(count, 100));
    } else if ((name === 'text:tab' || name === 'text:line-break') && stack.length > 0)
      stack[stack.length - 1]!.text += ' ';
    else if (name === 'text:p' || name === 'text:h') {
      if (selfClosing) continue;
      if (!closing) {
        const level = Number(/text:outline-level="(\d+)"/u.exec(token)?.[1] ?? '2');
        const hint: Frame['hint'] =
          name === 'text:h'
            ? { type: 'heading', level: Math.min(6, Math.max(1, level)) }
            : listDepth > 0 && noteDepth === 0
              ? { type: 'list-item' }
              : { type: 'paragraph' };
        stack.push({ hint, text: '' });
      } else {
        const frame = stack.pop();
        if (!frame) continue;
        if (noteDepth > 0) notes.push(frame.text);
        else {
          push(frame.text, frame.hint);
          for (const note of notes.splice(0)) push(note, { type: 'paragraph' });
        }
      }
    }
  }
  for (const note of notes) push(note, { type: 'paragraph' });
  return out;
}
