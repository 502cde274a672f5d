// Tiny WordprocessingML writers (paragraphs and runs as strings) for the bulk of a large Word export.

// eslint-disable-next-line no-control-regex -- the control characters XML forbids are what we look for
const NEEDS_ESCAPE = /[&<>\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Characters XML 1.0 forbids are dropped; markup characters are escaped. */
export function xmlText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return (
    text
      // eslint-disable-next-line no-control-regex -- see NEEDS_ESCAPE
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
  );
}

export interface RunOptions {
  style?: string;
  bold?: boolean;
  /** Explicitly not bold (overrides a bold paragraph style). */
  notBold?: boolean;
  italic?: boolean;
  colour?: string;
  size?: number;
  characterSpacing?: number;
  /** Line break before the text. */
  breakBefore?: boolean;
}

/** A run; line breaks inside `text` become <w:br/>. Property order follows the OOXML schema. */
export function run(text: string, o: RunOptions = {}): string {
  let pr = '';
  if (o.style) pr += `<w:rStyle w:val="${o.style}"/>`;
  if (o.bold) pr += '<w:b/><w:bCs/>';
  if (o.notBold) pr += '<w:b w:val="false"/><w:bCs w:val="false"/>';
  if (o.italic) pr += '<w:i/><w:iCs/>';
  if (o.colour) pr += `<w:color w:val="${o.colour}"/>`;
  if (o.characterSpacing) pr += `<w:spacing w:val="${o.characterSpacing}"/>`;
  if (o.size) pr += `<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/>`;
  const body = text.includes('\n')
    ? text
        .split(/\r?\n/)
        .map((line) => `<w:t xml:space="preserve">${xmlText(line)}</w:t>`)
        .join('<w:br/>')
    : `<w:t xml:space="preserve">${xmlText(text)}</w:t>`;
  return `<w:r>${pr ? `<w:rPr>${pr}</w:rPr>` : ''}${o.breakBefore ? '<w:br/>' : ''}${body}</w:r>`;
}

export interface ParagraphOptions {
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** Raw <w:pBdr> children, e.g. a left or bottom rule. */
  border?: string;
  spacingBefore?: number;
  spacingAfter?: number;
  indentLeft?: number;
}

export function paragraph(runs: string, o: ParagraphOptions = {}): string {
  let pr = '';
  if (o.style) pr += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keepNext) pr += '<w:keepNext/>';
  if (o.pageBreakBefore) pr += '<w:pageBreakBefore/>';
  if (o.border) pr += `<w:pBdr>${o.border}</w:pBdr>`;
  if (o.spacingBefore !== undefined || o.spacingAfter !== undefined) {
    pr += '<w:spacing';
    if (o.spacingAfter !== undefined) pr += ` w:after="${o.spacingAfter}"`;
    if (o.spacingBefore !== undefined) pr += ` w:before="${o.spacingBefore}"`;
    pr += '/>';
  }
  if (o.indentLeft !== undefined) pr += `<w:ind w:left="${o.indentLeft}"/>`;
  return `<w:p>${pr ? `<w:pPr>${pr}</w:pPr>` : ''}${runs}</w:p>`;
}

/** One border edge for <w:pBdr>: `edge` is "left", "bottom", … */
export function borderEdge(
  edge: 'left' | 'bottom' | 'top',
  colour: string,
  size: number,
  space: number,
): string {
  return `<w:${edge} w:val="single" w:color="${colour}" w:sz="${size}" w:space="${space}"/>`;
}
