// Works out a file's format from its name and first bytes; a mismatch is a corrupt file.
import type { SourceFormat } from '../../shared/domain/types';

export type ImportableFormat = Exclude<SourceFormat, 'qdpx'>;

const BY_EXTENSION: Record<string, ImportableFormat> = {
  txt: 'txt',
  text: 'txt',
  md: 'txt',
  pdf: 'pdf',
  docx: 'docx',
  docm: 'docx',
  odt: 'odt',
  rtf: 'rtf',
};

export function extensionOf(fileName: string): string {
  const match = /\.([A-Za-z0-9]+)$/u.exec(fileName);
  return match ? match[1]!.toLowerCase() : '';
}

/** The format named by the extension, or null when the extension is not importable. */
export function formatFromName(fileName: string): ImportableFormat | null {
  return BY_EXTENSION[extensionOf(fileName)] ?? null;
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** True when the first bytes look like the format the name promises. */
export function bytesMatchFormat(format: ImportableFormat, bytes: Uint8Array): boolean {
  switch (format) {
    case 'pdf':
      return indexOfAscii(bytes.subarray(0, 1024), '%PDF-') >= 0;
    case 'docx':
    case 'odt':
      return startsWith(bytes, 'PK\u0003\u0004');
    case 'rtf':
      return startsWith(bytes, '{\\rtf');
    case 'txt':
      return true;
  }
}

export function indexOfAscii(bytes: Uint8Array, text: string): number {
  outer: for (let i = 0; i + text.length <= bytes.length; i++) {
    for (let k = 0; k < text.length; k++) if (bytes[i + k] !== text.charCodeAt(k)) continue outer;
    return i;
  }
  return -1;
}
