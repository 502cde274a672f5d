// Tests for the documents table: the listed length is the stored text length, counted as SQLite counts characters.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportedDocument } from '../../../../shared/domain/types';
import { runMigrations } from '../run-migrations';
import { insertDocument, listDocuments } from './documents';

const text = 'Åsikt om förslaget 😀\nAndra stycket.';
const doc: ImportedDocument = {
  respondent: 'Exempels kommun',
  respondentType: 'kommun',
  date: null,
  diaryNumber: null,
  fileName: 'kommun.txt',
  sourceFormat: 'txt',
  text,
  rawText: text,
  blocks: [
    { type: 'paragraph', start: 0, end: 21 },
    { type: 'paragraph', start: 22, end: text.length },
  ],
  contentHash: 'hash-1',
};

describe('documents', () => {
  it('lists the length stored on insert, equal to length(text)', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    const id = insertDocument(db, doc);
    const [summary] = listDocuments(db);
    const sqlLength = db.prepare('SELECT length(text) AS n FROM documents WHERE id = ?').get(id) as {
      n: number;
    };
    expect(summary!.length).toBe(sqlLength.n);
    expect(summary!.length).toBe([...text].length);
    expect(db.prepare('SELECT text_length FROM documents').get()).toEqual({ text_length: [...text].length });
  });
});
