// Full-text search over the documents' FTS5 index, with exact hit offsets and snippets, grouped by document.
import type { Database } from 'better-sqlite3';
import type { SearchDocumentResult } from '../../../shared/api/channels/search';
import { findHits } from './search/find-hits';
import { invalidQuery, parseQuery } from './search/parse-query';
import { snippetAround } from './search/snippet';

export const DEFAULT_SEARCH_LIMIT = 1000;

interface FtsRow {
  document_id: string;
  block_index: number;
  start_offset: number;
  body: string;
}

export interface DocumentSearchResult {
  query: string;
  totalHits: number;
  truncated: boolean;
  documents: SearchDocumentResult[];
}

/**
 * Reading the columns straight from FTS5's documented `%_content` shadow table (c0…c3 in column
 * order) by the matching rowids is several times faster than through the virtual table; the
 * plain query is the fallback should that table ever be missing.
 */
const FAST_SQL = `SELECT c0 AS document_id, c1 AS block_index, c2 AS start_offset, c3 AS body
  FROM document_fts_content WHERE id IN (SELECT rowid FROM document_fts WHERE document_fts MATCH ?)`;
const PLAIN_SQL = `SELECT document_id, block_index, start_offset, body FROM document_fts WHERE document_fts MATCH ?`;

function isQueryError(error: unknown): boolean {
  return error instanceof Error && /fts5|syntax|unterminated|malformed MATCH/i.test(error.message);
}

function matchingBlocks(db: Database, match: string, query: string): FtsRow[] {
  let rows: FtsRow[];
  try {
    try {
      rows = db.prepare(FAST_SQL).all(match) as FtsRow[];
    } catch (error) {
      if (isQueryError(error)) throw error;
      rows = db.prepare(PLAIN_SQL).all(match) as FtsRow[];
    }
  } catch (error) {
    if (isQueryError(error))
      throw invalidQuery(error instanceof Error ? error.message : String(error), query);
    throw error;
  }
  return rows;
}

/** Searches all documents; at most `limit` hits are returned (counts cover all of them). */
export function searchDocuments(
  db: Database,
  query: string,
  limit = DEFAULT_SEARCH_LIMIT,
): DocumentSearchResult {
  const parsed = parseQuery(query);
  const rows = matchingBlocks(db, parsed.match, query);
  const meta = new Map(
    (
      db.prepare('SELECT id, respondent, file_name FROM documents').all() as Array<{
        id: string;
        respondent: string;
        file_name: string;
      }>
    ).map((r) => [r.id, r]),
  );
  const byDocument = new Map<string, SearchDocumentResult>();
  let totalHits = 0;
  let returned = 0;
  for (const row of rows) {
    const hits = findHits(row.body, parsed.terms);
    if (hits.length === 0) continue;
    let result = byDocument.get(row.document_id);
    if (!result) {
      const doc = meta.get(row.document_id);
      result = {
        documentId: row.document_id,
        respondent: doc?.respondent ?? '',
        fileName: doc?.file_name ?? '',
        hitCount: 0,
        hits: [],
      };
      byDocument.set(row.document_id, result);
    }
    result.hitCount += hits.length;
    totalHits += hits.length;
    for (const hit of hits) {
      if (returned >= limit) break;
      returned++;
      result.hits.push({
        blockIndex: row.block_index,
        start: row.start_offset + hit.start,
        end: row.start_offset + hit.end,
        ...snippetAround(row.body, hit.start, hit.end),
      });
    }
  }
  for (const result of byDocument.values()) result.hits.sort((a, b) => a.start - b.start);
  const documents = [...byDocument.values()].sort(
    (a, b) =>
      b.hitCount - a.hitCount ||
      a.respondent.localeCompare(b.respondent, 'sv') ||
      a.documentId.localeCompare(b.documentId),
  );
  return { query, totalHits, truncated: returned < totalHits, documents };
}
