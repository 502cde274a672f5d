// A small RTF reader: paragraphs of text, with code-page and Unicode escapes, skipping non-text groups.

const SKIP_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'xmlnstbl',
  'listtable',
  'listoverridetable',
  'rsidtbl',
  'generator',
  'filetbl',
  'revtbl',
  'pntext',
  'pntxta',
  'pntxtb',
  'fldinst',
  'bkmkstart',
  'bkmkend',
  'shp',
  'shpinst',
  'nonshppict',
  'blipuid',
  'mmathPr',
  'wgrffmtfilter',
  'pgdsctbl',
]);

interface Group {
  skip: boolean;
  unicodeSkip: number;
}

/** Converts RTF source to paragraphs of plain text (one string per \par). */
export function rtfToParagraphs(rtf: string, maxChars = 50_000_000): string[] {
  const paragraphs: string[] = [];
  let text = '';
  let codePage = 1252;
  const stack: Group[] = [{ skip: false, unicodeSkip: 1 }];
  let pendingSkip = 0;
  const top = (): Group => stack[stack.length - 1]!;
  const emit = (s: string): void => {
    if (pendingSkip > 0) {
      const drop = Math.min(pendingSkip, s.length);
      pendingSkip -= drop;
      s = s.slice(drop);
    }
    if (!top().skip && s) text += s;
  };
  const bytes: number[] = [];
  const flushBytes = (): void => {
    if (bytes.length === 0) return;
    emit(new TextDecoder(codePage === 65001 ? 'utf-8' : `windows-${codePage}`).decode(new Uint8Array(bytes)));
    bytes.length = 0;
  };
  let i = 0;
  while (i < rtf.length && text.length < maxChars) {
    const c = rtf[i]!;
    if (c === '{' || c === '}') {
      flushBytes();
      if (c === '{') stack.push({ ...top() });
      else if (stack.length > 1) stack.pop();
      i++;
      continue;
    }
    if (c !== '\\') {
      flushBytes();
      if (c !== '\r' && c !== '\n') emit(c);
      i++;
      continue;
    }
    const next = rtf[i + 1] ?? '';
    if (next === "'") {
      const hex = parseInt(rtf.slice(i + 2, i + 4), 16);
      if (pendingSkip > 0) pendingSkip--;
      else if (!Number.isNaN(hex)) bytes.push(hex);
      i += 4;
      continue;
    }
    flushBytes();
    if (!/[a-z]/iu.test(next)) {
      if (next === '*') top().skip = true;
      else if (next === '~') emit(' ');
      else if (next === '_' || next === '-') emit(next === '_' ? '-' : '');
      else if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '\n' || next === '\r') endParagraph();
      i += 2;
      continue;
    }
    const match = /^\\([a-z]+)(-?\d+)? ?/iu.exec(rtf.slice(i, i + 40))!;
    const word = match[1]!;
    const arg = match[2] === undefined ? undefined : Number(match[2]);
    i += match[0].length;
    if (SKIP_DESTINATIONS.has(word)) top().skip = true;
    else if (word === 'ansicpg' && arg) codePage = arg;
    else if (word === 'uc' && arg !== undefined) top().unicodeSkip = arg;
    else if (word === 'u' && arg !== undefined) {
      emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
      pendingSkip = top().unicodeSkip;
    } else if (word === 'par' || word === 'sect' || word === 'page' || word === 'row') endParagraph();
    else if (word === 'line' || word === 'tab' || word === 'cell') emit(' ');
    else if (word === 'bullet') emit('•');
    else if (word === 'emdash') emit('—');
    else if (word === 'endash') emit('–');
    else if (word === 'lquote' || word === 'rquote') emit('’');
    else if (word === 'ldblquote' || word === 'rdblquote') emit('”');
  }
  flushBytes();
  endParagraph();
  return paragraphs;

  function endParagraph(): void {
    if (top().skip) return;
    paragraphs.push(text);
    text = '';
  }
}
