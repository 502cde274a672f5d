// The texts of the last few documents annotated, kept in memory: reading a 300-page text from SQLite costs ~7 ms a save.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/api-error';

/** A coder works in one or two answers at a time. */
const KEEP = 4;

interface Cached {
  hash: string;
  text: string;
}

const byDatabase = new WeakMap<Database, Map<string, Cached>>();

/**
 * The document's text. A document's text never changes once imported; the content hash is still
 * read each time (cheap), so a document deleted and imported again under the same id is read anew.
 */
export function documentText(db: Database, documentId: string): string {
  const row = db.prepare('SELECT content_hash AS hash FROM documents WHERE id = ?').get(documentId) as
    { hash: string } | undefined;
  if (!row)
    throw new ApiError('document_not_found', `No document with id ${documentId}.`, { id: documentId });
  let texts = byDatabase.get(db);
  if (!texts) byDatabase.set(db, (texts = new Map()));
  const hit = texts.get(documentId);
  texts.delete(documentId); // re-inserted below: the map's order is least recently used first
  if (hit && hit.hash === row.hash) {
    texts.set(documentId, hit);
    return hit.text;
  }
  const { text } = db.prepare('SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string };
  texts.set(documentId, { hash: row.hash, text });
  if (texts.size > KEEP) texts.delete(texts.keys().next().value!);
  return text;
}
