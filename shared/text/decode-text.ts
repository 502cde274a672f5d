// Decodes the bytes of a text file: UTF-8, UTF-16 (BOM or zero-byte pattern), else Windows-1252.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

/** Picks the encoding: a BOM decides; valid UTF-8 is UTF-8; zero bytes in every other place mean UTF-16. */
export function detectEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bomLength: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (half > 0 && oddZeros > half * 0.3 && evenZeros < half * 0.05)
    return { encoding: 'utf-16le', bomLength: 0 };
  if (half > 0 && evenZeros > half * 0.3 && oddZeros < half * 0.05)
    return { encoding: 'utf-16be', bomLength: 0 };
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { encoding: 'utf-8', bomLength: 0 };
  } catch {
    return { encoding: 'windows-1252', bomLength: 0 };
  }
}

/** Decodes text bytes with the detected encoding (the BOM is dropped). */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, bomLength } = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes.subarray(bomLength));
  return { text, encoding };
}

/**
 * Binary data posing as text: NUL or other control characters, or undecodable sequences,
 * in more than 1 % of the characters.
 */
export function looksBinary(text: string): boolean {
  if (text.length === 0) return false;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd || (c >= 0x7f && c < 0xa0))
      bad++;
  }
  return bad / sample.length > 0.01;
}
