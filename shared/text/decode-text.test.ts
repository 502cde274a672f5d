import { describe, expect, it } from 'vitest';
import { decodeText, looksBinary } from './decode-text';

const sample = 'Vård- och omsorgsnämnden ställer sig positiv: å ä ö Å Ä Ö é';

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : [];
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    bytes.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]));
  }
  return new Uint8Array(bytes);
}

describe('text encodings', () => {
  it('decodes UTF-8 with and without BOM', () => {
    const utf8 = new TextEncoder().encode(sample);
    expect(decodeText(utf8)).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(sample);
  });

  it('decodes UTF-16 LE and BE, with BOM or by their zero bytes', () => {
    expect(decodeText(utf16(sample, false, true))).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeText(utf16(sample, true, true))).toEqual({ text: sample, encoding: 'utf-16be' });
    expect(decodeText(utf16(sample, false, false)).text).toBe(sample);
  });

  it('decodes Windows-1252 / ISO-8859-1 so that å ä ö come out right', () => {
    const latin1 = new Uint8Array([...sample].map((ch) => ch.charCodeAt(0)));
    expect(decodeText(latin1)).toEqual({ text: sample, encoding: 'windows-1252' });
  });

  it('flags binary data posing as text', () => {
    const junk = new Uint8Array(2000).map((_, i) => (i * 7919) % 256);
    expect(looksBinary(decodeText(junk).text)).toBe(true);
    expect(looksBinary(sample)).toBe(false);
  });
});
