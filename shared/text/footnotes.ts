// Footnotes that PDF extraction drops into the middle of a paragraph are moved after it.
import type { Paragraph } from './reflow';
import type { Line } from './raw-line';
import { joinLineText } from './join-lines';
import { endsSentence, startsLower } from './line-patterns';

function joinLines(lines: readonly Line[]): string {
  return lines.slice(1).reduce((text, line) => joinLineText(text, line.text), lines[0]?.text ?? '');
}

/**
 * A footnote at the foot of a page may have swallowed the first line of the next page
 * ("… fungerar. har skett i …"): split it where a new page starts in lower case.
 */
function splitSwallowedContinuation(p: Paragraph): { note: Paragraph; rest: Paragraph | null } {
  const k = p.lines.findIndex((line, i) => i > 0 && line.pageBreakBefore && startsLower(line.text));
  if (k < 0) return { note: p, rest: null };
  const noteLines = p.lines.slice(0, k);
  const restLines = p.lines.slice(k);
  return {
    note: { text: joinLines(noteLines), lines: noteLines },
    rest: { text: joinLines(restLines), lines: restLines },
  };
}

/** "1 Magnetmodellen handlar om …" where the text before has "Magnetmodellen1". */
function footnoteNumber(p: Paragraph, before: string): string | null {
  const match = /^(\d{1,2}) (?=\p{Lu})/u.exec(p.text);
  if (!match) return null;
  const n = match[1]!;
  return new RegExp(`\\p{L}[.,)]?${n}(?!\\p{N})`, 'u').test(before) ? n : null;
}

/**
 * When a footnote paragraph interrupts a sentence (the paragraph before does not end a
 * sentence and the one after starts in lower case), the two halves are joined and the
 * footnote follows them.
 */
export function stitchFootnotes(paragraphs: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  let seen = '';
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const before = out[out.length - 1];
    const after = paragraphs[i + 1];
    if (before && footnoteNumber(p, seen) && !endsSentence(before.text)) {
      const { note, rest } = splitSwallowedContinuation(p);
      if (rest) {
        out[out.length - 1] = {
          text: `${before.text} ${rest.text}`,
          lines: [...before.lines, ...rest.lines],
        };
        out.push(note);
        seen += `\n${p.text}`;
        continue;
      }
    }
    if (before && after && footnoteNumber(p, seen) && !endsSentence(before.text) && startsLower(after.text)) {
      out[out.length - 1] = {
        text: `${before.text} ${after.text}`,
        lines: [...before.lines, ...after.lines],
      };
      out.push(p);
      seen += `\n${after.text}\n${p.text}`;
      i++;
      continue;
    }
    out.push(p);
    seen += `\n${p.text}`;
  }
  return out;
}
