// Writing XML safely: escaped text and attributes, and a tiny element builder.

/** Escapes text content; keeps CR as a character reference so it survives parsing. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Escapes an attribute value (quotes and whitespace that parsers would normalise). */
export function escapeAttribute(value: string): string {
  return escapeText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Characters XML 1.0 cannot carry: control characters other than tab, LF and CR, and U+FFFE/U+FFFF. */
// eslint-disable-next-line no-control-regex
const NOT_XML_CHAR = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
/** A surrogate half without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Drops characters XML 1.0 cannot carry. */
export function xmlSafe(value: string): string {
  return value.replace(NOT_XML_CHAR, '').replace(LONE_SURROGATE, '');
}

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** `<name a="…">children</name>`, or self-closed when there are no children; null/undefined attributes are left out. */
export function element(name: string, attributes: Attributes, children: readonly string[] = []): string {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(xmlSafe(String(v)))}"`)
    .join('');
  return children.length === 0 ? `<${name}${attrs}/>` : `<${name}${attrs}>${children.join('')}</${name}>`;
}

/** `<name>text</name>`. */
export function textElement(name: string, text: string): string {
  return `<${name}>${escapeText(xmlSafe(text))}</${name}>`;
}
