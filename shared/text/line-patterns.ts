// Small predicates about single lines of Swedish remissvar text, shared by the cleaning rules.

const BULLET = /^([•·\-–—*▪◦‣∙➢➤►✓✔])\s+(?=\S)/u;
const NUMBERED_ITEM = /^(?:\d{1,2}[.)]|[a-zåäö][.)]|\(\d{1,2}\)|\([a-zåäö]\))\s+(?=\S)/u;
const NUMBERED_HEADING = /^(\d{1,2}(?:\.\d{1,2}){0,5})\.?\s+(?=[\p{Lu}\p{N}"”'])/u;

/** Ends with sentence punctuation (full stop, question, exclamation, colon, semicolon), maybe followed by a closing quote or bracket. */
export function endsSentence(text: string): boolean {
  return /[.!?:;…]["”’)\]]*$/u.test(text);
}

/** Ends with something that says the text goes on (comma, dash, slash, opening bracket, hyphen). */
export function endsOpen(text: string): boolean {
  return /[,\-–—/(&+]$/u.test(text);
}

export function startsLower(text: string): boolean {
  return /^["”'(]?\p{Ll}/u.test(text);
}

export function startsUpper(text: string): boolean {
  return /^["”'(]?\p{Lu}/u.test(text);
}

export function firstWord(text: string): string {
  return text.split(' ', 1)[0] ?? '';
}

/** The bullet marker at the start of a list line ("• ", "- ", "– "), or null. */
export function bulletPrefix(text: string): string | null {
  return BULLET.exec(text)?.[0] ?? null;
}

/** "1. ", "2) ", "a) ", "(3) " at the start of a line, or null. */
export function numberedItemPrefix(text: string): string | null {
  return NUMBERED_ITEM.exec(text)?.[0] ?? null;
}

/** The section number of a numbered heading line ("4.1.1 Genomför …" → "4.1.1"), or null. */
export function headingNumber(text: string): string | null {
  const match = NUMBERED_HEADING.exec(text);
  if (!match) return null;
  const number = match[1] ?? '';
  const rest = text.slice(match[0].length);
  // "6 kap. 3 §", "1 100 invånare", "2 000 kr": a number in running text, not a section.
  if (/^\p{N}/u.test(rest)) return null;
  if (/^(kap|§|st|och|procent|kr|år|dagar|timmar|månader)(?![\p{L}\p{N}])/u.test(rest)) return null;
  return number;
}
