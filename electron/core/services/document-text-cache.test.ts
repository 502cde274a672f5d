// The document text cache answers like a fresh read, also after a document is deleted and imported again.
import { describe, expect, it } from 'vitest';
import { deleteDocument, insertDocument } from '../db/tables/documents';
import { makeProject, sampleDocument } from '../test-support/make-project';
import { useTempDir } from '../test-support/temp-dir';
import { documentText } from './document-text-cache';

const tempDir = useTempDir();

describe('documentText', () => {
  it('gives the stored text, and the new text when the same id comes back with other content', async () => {
    const { session } = await makeProject(tempDir());
    const db = session.db;
    insertDocument(db, sampleDocument(['Första texten.'], 'a.txt'), 'd1');
    expect(documentText(db, 'd1')).toBe('Första texten.');
    expect(documentText(db, 'd1')).toBe('Första texten.');
    deleteDocument(db, 'd1');
    expect(() => documentText(db, 'd1')).toThrow(/No document with id d1/);
    insertDocument(db, sampleDocument(['En annan text.'], 'b.txt'), 'd1');
    expect(documentText(db, 'd1')).toBe('En annan text.');
    session.close();
  });
});
