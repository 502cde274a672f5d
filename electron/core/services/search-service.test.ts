// Tests for full-text search: phrases, prefixes, boolean queries, exact offsets, snippets and bad queries.
import type { Database } from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/api-error';
import { insertDocument } from '../db/tables/documents';
import { makeProject, sampleDocument } from '../test-support/make-project';
import { useTempDir } from '../test-support/temp-dir';
import { searchDocuments } from './search-service';

const tempDir = useTempDir();

async function project() {
  const p = await makeProject(tempDir());
  const second = sampleDocument(
    [
      'Yttrande från regionen',
      'Regionen ser positivt på Magnetmodellen. Försöksverksamhet med magnetmodellen bör utvärderas.',
      'Läkare för patientnära arbete ska anställas av regionen, inte för kommunens räkning.',
    ],
    'region.txt',
  );
  second.respondent = 'Region Exempel';
  const secondId = insertDocument(p.session.db, second);
  return { ...p, secondId, db: p.session.db };
}

describe('searchDocuments', () => {
  it('finds words case-insensitively with exact offsets into the document text', async () => {
    const { db, secondId } = await project();
    const result = searchDocuments(db, 'magnetmodellen');
    expect(result.totalHits).toBe(2);
    expect(result.documents).toHaveLength(1);
    const doc = result.documents[0]!;
    expect(doc).toMatchObject({ documentId: secondId, respondent: 'Region Exempel', hitCount: 2 });
    const text = sampleTextOf(db, secondId);
    expect(doc.hits.map((h) => text.slice(h.start, h.end))).toEqual(['Magnetmodellen', 'magnetmodellen']);
    const hit = doc.hits[0]!;
    expect(hit.snippet.slice(hit.matchStart, hit.matchEnd)).toBe('Magnetmodellen');
    expect(hit.blockIndex).toBe(1);
  });

  it('keeps diacritics apart: "for" does not find "för"', async () => {
    const { db } = await project();
    expect(searchDocuments(db, 'for').totalHits).toBe(0);
    expect(searchDocuments(db, 'för').totalHits).toBeGreaterThan(0);
  });

  it('supports phrases, prefixes and boolean operators', async () => {
    const { db, documentId } = await project();
    const text = sampleTextOf(db, documentId);
    const phrase = searchDocuments(db, '"medicinsk bedömning"');
    expect(phrase.documents.map((d) => d.documentId)).toEqual([documentId]);
    const h = phrase.documents[0]!.hits[0]!;
    expect(text.slice(h.start, h.end)).toBe('medicinsk bedömning');

    const prefix = searchDocuments(db, 'tillstyrk*');
    expect(prefix.totalHits).toBe(1);
    expect(text.slice(prefix.documents[0]!.hits[0]!.start, prefix.documents[0]!.hits[0]!.end)).toBe(
      'tillstyrker',
    );

    expect(searchDocuments(db, 'läkare AND regionen').documents).toHaveLength(1);
    expect(searchDocuments(db, 'läkare OR Magnetmodellen').documents).toHaveLength(2);
    const not = searchDocuments(db, 'läkare NOT regionen');
    expect(not.documents.map((d) => d.documentId)).toEqual([documentId]);
    expect(
      not.documents[0]!.hits.every((hit) => text.slice(hit.start, hit.end).toLowerCase() === 'läkare'),
    ).toBe(true);
  });

  it('accepts section numbers and words with punctuation', async () => {
    const { db } = await project();
    expect(() => searchDocuments(db, '4.1.1')).not.toThrow();
    expect(searchDocuments(db, 'patientnära').totalHits).toBe(2);
  });

  it('gives a clear invalid_query error for malformed queries', async () => {
    const { db } = await project();
    for (const bad of [
      '"öppet citat',
      'läkare AND',
      '(läkare OR regionen',
      'NOT läkare',
      'läkare)',
      'OR',
      '…',
    ]) {
      let caught: unknown;
      try {
        searchDocuments(db, bad);
      } catch (error) {
        caught = error;
      }
      expect(caught, bad).toBeInstanceOf(ApiError);
      expect((caught as ApiError).code).toBe('invalid_query');
    }
  });

  it('limits the returned hits but counts all of them', async () => {
    const { db } = await project();
    const result = searchDocuments(db, 'regionen OR kommunen OR läkare', 2);
    expect(result.documents.reduce((n, d) => n + d.hits.length, 0)).toBe(2);
    expect(result.totalHits).toBeGreaterThan(2);
    expect(result.truncated).toBe(true);
  });
});

function sampleTextOf(db: Database, id: string): string {
  return (db.prepare('SELECT text FROM documents WHERE id = ?').get(id) as { text: string }).text;
}
