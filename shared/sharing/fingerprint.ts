// Fingerprint of a document's text that ignores line breaks, spacing and Unicode composition.
import { sha256 } from './sha256';

/** NFC, every run of whitespace as one space, trimmed: what two extractions of one file share. */
export function normaliseForFingerprint(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\s\u00ad]+/g, ' ')
    .trim();
}

/** "sha256:" + hex SHA-256 of the normalised text. */
export function textFingerprint(text: string): string {
  return `sha256:${sha256(normaliseForFingerprint(text))}`;
}
