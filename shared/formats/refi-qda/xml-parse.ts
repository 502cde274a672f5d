// A small, strict XML reader for REFI-QDA files: no DTDs or entities (XXE, billion laughs), bounded depth.
import { FileFormatError } from '../format-error';

export interface XmlElement {
  /** Local name (any namespace prefix removed). */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Text directly inside the element (CDATA included), entities decoded. */
  text: string;
}

const MAX_DEPTH = 256;
const MAX_ELEMENTS = 5_000_000;
const NAME = /[A-Za-z_:][-A-Za-z0-9_.:\u00b7\u00c0-\uffff]*/y;
const ATTRIBUTE = /\s+([A-Za-z_:][-A-Za-z0-9_.:\u00c0-\uffff]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/** Decodes the five predefined entities and character references; anything else is refused. */
function decode(raw: string, fail: (problem: string) => never): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&([^;&\s]{0,12});?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) fail('a "&" is not followed by an entity reference');
    if (ref in PREDEFINED) return PREDEFINED[ref]!;
    const hex = /^#x([0-9a-fA-F]{1,6})$/.exec(ref);
    const dec = /^#([0-9]{1,7})$/.exec(ref);
    const code = hex ? parseInt(hex[1]!, 16) : dec ? parseInt(dec[1]!, 10) : NaN;
    if (Number.isNaN(code))
      fail(`the entity "&${ref};" is not allowed (only the five XML entities and character references)`);
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      fail(`the character reference "&${ref};" is not a valid character`);
    return String.fromCodePoint(code);
  });
}

/**
 * Parses XML into elements. Refuses DOCTYPE and ENTITY declarations, unknown entities,
 * mismatched tags and text outside the root, throwing FileFormatError naming the file.
 */
export function parseXml(source: string, fileName: string): XmlElement {
  const fail = (problem: string): never => {
    throw new FileFormatError(fileName, `it is not valid XML: ${problem}`);
  };
  if (/<!DOCTYPE|<!ENTITY/i.test(source)) {
    throw new FileFormatError(
      fileName,
      'it contains a DOCTYPE or ENTITY declaration, which is refused for safety',
    );
  }
  // XML line-end handling (XML 1.0 §2.11): CRLF and lone CR become LF before parsing.
  const xml = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let count = 0;
  let i = 0;
  const textParts: string[][] = [];
  const addText = (raw: string, decoded: boolean) => {
    if (stack.length === 0) {
      if (raw.trim() !== '') fail('there is text outside the root element');
      return;
    }
    textParts[stack.length - 1]!.push(decoded ? raw : decode(raw, fail));
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      addText(xml.slice(i), false);
      break;
    }
    if (lt > i) addText(xml.slice(i, lt), false);
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end === -1) fail('a processing instruction is not closed');
      i = end + 2;
    } else if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end === -1) fail('a comment is not closed');
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end === -1) fail('a CDATA section is not closed');
      addText(xml.slice(lt + 9, end), true);
      i = end + 3;
    } else if (xml.startsWith('<!', lt)) {
      fail('declarations (<!…>) are not allowed');
    } else if (xml[lt + 1] === '/') {
      NAME.lastIndex = lt + 2;
      const m = NAME.exec(xml);
      if (!m) fail('a closing tag has no name');
      const close = xml.indexOf('>', NAME.lastIndex);
      if (close === -1 || xml.slice(NAME.lastIndex, close).trim() !== '')
        fail(`the closing tag </${m![0]}> is malformed`);
      const open = stack.pop();
      const texts = textParts.pop();
      if (!open || open.name !== localName(m![0]))
        fail(`</${m![0]}> does not close the open element${open ? ` <${open.name}>` : ''}`);
      open!.text = texts!.join('');
      i = close + 1;
    } else {
      NAME.lastIndex = lt + 1;
      const m = NAME.exec(xml);
      if (!m) fail(`a "<" at offset ${lt} does not start a tag`);
      const element: XmlElement = { name: localName(m![0]), attributes: {}, children: [], text: '' };
      let at = NAME.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const a = ATTRIBUTE.exec(xml);
        if (!a) break;
        const raw = (a[2] ?? a[3] ?? '').replace(/[\t\n]/g, ' ');
        const key = a[1]!.startsWith('xmlns') ? a[1]! : localName(a[1]!);
        if (key in element.attributes) fail(`<${element.name}> has the attribute "${key}" twice`);
        element.attributes[key] = decode(raw, fail);
        at = ATTRIBUTE.lastIndex;
      }
      while (at < xml.length && /\s/.test(xml[at]!)) at += 1;
      const selfClosing = xml.startsWith('/>', at);
      if (!selfClosing && xml[at] !== '>') fail(`the tag <${element.name}> is malformed`);
      i = at + (selfClosing ? 2 : 1);
      count += 1;
      if (count > MAX_ELEMENTS) fail('it has too many elements');
      if (stack.length === 0) {
        if (root) fail('there is more than one root element');
        root = element;
      } else stack[stack.length - 1]!.children.push(element);
      if (!selfClosing) {
        if (stack.length >= MAX_DEPTH) fail('elements are nested too deeply');
        stack.push(element);
        textParts.push([]);
      }
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]!.name}> is never closed`);
  if (!root) fail('it has no root element');
  return root!;
}

/** Children of `element` with the given local name. */
export const childrenNamed = (element: XmlElement, name: string): XmlElement[] =>
  element.children.filter((c) => c.name === name);
/** First child with the given local name. */
export const childNamed = (element: XmlElement, name: string): XmlElement | undefined =>
  element.children.find((c) => c.name === name);
