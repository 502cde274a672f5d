// Checks of shared/ sharing code that need Node: SHA-256 against node:crypto, the schema file on disk.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sha256 } from '../../shared/sharing/sha256';
import { annotationFileJsonSchema } from '../../shared/formats/annotation-file/json-schema';

describe('pure sha256', () => {
  it('agrees with Node for Swedish text, emoji and block edges', () => {
    for (const text of [
      'Yttrande från Region Blekinge – åäö ÅÄÖ 😀',
      'x'.repeat(55),
      'y'.repeat(56),
      'z'.repeat(64),
      'ö'.repeat(1000),
    ]) {
      expect(sha256(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});

describe('docs/annotation-file.schema.json', () => {
  it('is in step with the zod schema (regenerate it with annotationFileJsonSchema())', () => {
    const onDisk = JSON.parse(
      readFileSync(new URL('../../docs/annotation-file.schema.json', import.meta.url), 'utf8'),
    );
    expect(onDisk).toEqual(annotationFileJsonSchema());
  });
});
