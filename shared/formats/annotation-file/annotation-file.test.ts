import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../sharing/sample-snapshot';
import { textFingerprint } from '../../sharing/fingerprint';
import { FileFormatError } from '../format-error';
import { buildAnnotationFile } from './build-annotation-file';
import { parseAnnotationFile } from './parse-annotation-file';

const NOW = '2025-03-01T12:00:00.000Z';
const anna = { id: 'coder-anna', name: 'Anna' };

function errorOf(fn: () => unknown): FileFormatError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FileFormatError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('annotation file', () => {
  const snapshot = sampleSnapshot();

  it('exports my annotations with codebook, stances, fingerprints and both selectors', () => {
    const file = buildAnnotationFile(snapshot, { coderIds: ['coder-anna'] }, anna, NOW);
    expect(file.format).toBe('remisskod-annotations');
    expect(file.version).toBe(1);
    expect(file.exportedBy).toEqual(anna);
    expect(file.codebook.map((c) => c.id)).toContain('p-411');
    expect(file.stances.map((s) => s.id)).toContain('supports');
    const kalmar = file.documents.find((d) => d.id === 'doc-kalmar')!;
    expect(kalmar.fingerprint).toBe(textFingerprint(snapshot.documents[0]!.text));
    expect(kalmar.respondent).toBe('Kalmar kommun');
    expect(kalmar.annotations).toHaveLength(3);
    const first = kalmar.annotations[0]!;
    expect(first.quote.exact).toBe(
      'Kalmar kommun tillstyrker förslaget om lagkrav på medicinsk bedömning dygnet runt.',
    );
    expect(first.position.end - first.position.start).toBe(first.quote.exact.length);
    expect(first).toMatchObject({
      coder: anna,
      comment: 'Tydligt stöd.',
      tags: [{ codeId: 'p-411', stanceId: 'supports' }],
    });
    expect(file.documents.find((d) => d.id === 'doc-lerum')!.annotations).toEqual([]);
  });

  it('filters by proposal, keeping only the matching tags', () => {
    const file = buildAnnotationFile(snapshot, { codeIds: ['p-711'] }, anna, NOW);
    const lerum = file.documents.find((d) => d.id === 'doc-lerum')!;
    expect(lerum.annotations.map((a) => a.tags)).toEqual([
      [{ codeId: 'p-711', stanceId: 'opposes' }],
      [{ codeId: 'p-711', stanceId: null }],
    ]);
  });

  it('reads back what it wrote', () => {
    const file = buildAnnotationFile(snapshot, {}, anna, NOW);
    expect(parseAnnotationFile(JSON.stringify(file), 'anna.json')).toEqual(file);
  });

  it('refuses text that is not JSON, naming the file', () => {
    const e = errorOf(() => parseAnnotationFile('{"format": ', 'anna.json'));
    expect(e.message).toMatch(/^anna\.json cannot be imported: it is not valid JSON/);
    expect(e.params.file).toBe('anna.json');
  });

  it('refuses another kind of JSON file and a newer version', () => {
    expect(errorOf(() => parseAnnotationFile('{"name":"x"}', 'x.json')).problem).toMatch(
      /not a Remisskod annotation file/,
    );
    const file = { ...buildAnnotationFile(snapshot, {}, anna, NOW), version: 7 };
    expect(errorOf(() => parseAnnotationFile(JSON.stringify(file), 'new.json')).problem).toMatch(
      /format version 7.*Update Remisskod/,
    );
  });

  it('names the broken field and refuses tags that point outside the codebook', () => {
    const file = buildAnnotationFile(snapshot, {}, anna, NOW);
    file.documents[0]!.annotations[0]!.tags[0]!.codeId = 'p-999';
    const e = errorOf(() => parseAnnotationFile(JSON.stringify(file), 'bad.json'));
    expect(e.problem).toBe('documents[0].annotations[0].tags[0].codeId: code "p-999" is not in the codebook');
    const broken = JSON.parse(JSON.stringify(buildAnnotationFile(snapshot, {}, anna, NOW)));
    broken.documents[0].annotations[0].position.start = -3;
    expect(errorOf(() => parseAnnotationFile(JSON.stringify(broken), 'bad.json')).problem).toMatch(
      /^documents\[0\]\.annotations\[0\]\.position\.start: /,
    );
  });
});
