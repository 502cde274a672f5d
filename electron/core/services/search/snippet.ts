// Cuts a short context snippet around a match, at word boundaries, with the match's offsets inside it.

export interface Snippet {
  snippet: string;
  matchStart: number;
  matchEnd: number;
}

const CONTEXT = 60;

/** The text around body[start, end), about CONTEXT characters each side, "…" where cut. */
export function snippetAround(body: string, start: number, end: number, context = CONTEXT): Snippet {
  let from = Math.max(0, start - context);
  let to = Math.min(body.length, end + context);
  if (from > 0) {
    const space = body.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < body.length) {
    const space = body.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const lead = from > 0 ? '…' : '';
  const tail = to < body.length ? '…' : '';
  return {
    snippet: lead + body.slice(from, to) + tail,
    matchStart: lead.length + start - from,
    matchEnd: lead.length + end - from,
  };
}
