// Migration 1: the initial schema (documents, codebook, stances, coders, annotations, search).
import type { Database } from 'better-sqlite3';

export function migration001Initial(db: Database): void {
  db.exec(`
    CREATE TABLE meta (
      key   TEXT PRIMARY KEY,
      value TEXT NOT NULL
    ) STRICT;

    CREATE TABLE coders (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE,
      created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE stances (
      id         TEXT PRIMARY KEY,
      label_sv   TEXT NOT NULL,
      label_en   TEXT NOT NULL,
      colour     TEXT NOT NULL,
      sort_order REAL NOT NULL
    ) STRICT;

    CREATE TABLE codes (
      id          TEXT PRIMARY KEY,
      parent_id   TEXT REFERENCES codes(id) ON DELETE RESTRICT,
      section     TEXT NOT NULL DEFAULT '',
      title       TEXT NOT NULL,
      kind        TEXT NOT NULL CHECK (kind IN ('forslag', 'bedomning', 'chapter', 'general', 'other')),
      description TEXT NOT NULL DEFAULT '',
      colour      TEXT NOT NULL,
      sort_order  REAL NOT NULL,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX codes_parent ON codes(parent_id, sort_order);

    CREATE TABLE documents (
      id              TEXT PRIMARY KEY,
      file_name       TEXT NOT NULL,
      respondent      TEXT NOT NULL,
      respondent_type TEXT NOT NULL DEFAULT 'other',
      doc_date        TEXT,
      diary_number    TEXT,
      source_format   TEXT NOT NULL,
      text            TEXT NOT NULL,
      raw_text        TEXT NOT NULL,
      blocks          TEXT NOT NULL,
      content_hash    TEXT NOT NULL UNIQUE,
      imported_at     TEXT NOT NULL,
      status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
      memo            TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX documents_respondent ON documents(respondent COLLATE NOCASE);

    CREATE TABLE annotations (
      id           TEXT PRIMARY KEY,
      document_id  TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
      start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
      end_offset   INTEGER NOT NULL,
      exact        TEXT NOT NULL,
      prefix       TEXT NOT NULL DEFAULT '',
      suffix       TEXT NOT NULL DEFAULT '',
      comment      TEXT NOT NULL DEFAULT '',
      coder_id     TEXT NOT NULL REFERENCES coders(id) ON DELETE RESTRICT,
      origin       TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'suggestion', 'import')),
      created_at   TEXT NOT NULL,
      updated_at   TEXT NOT NULL,
      CHECK (end_offset > start_offset)
    ) STRICT;
    CREATE INDEX annotations_document ON annotations(document_id, start_offset);
    CREATE INDEX annotations_coder ON annotations(coder_id);

    CREATE TABLE annotation_tags (
      annotation_id TEXT NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
      code_id       TEXT NOT NULL REFERENCES codes(id) ON DELETE RESTRICT,
      stance_id     TEXT REFERENCES stances(id) ON DELETE RESTRICT,
      position      INTEGER NOT NULL DEFAULT 0,
      PRIMARY KEY (annotation_id, code_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX annotation_tags_code ON annotation_tags(code_id, stance_id);

    CREATE VIRTUAL TABLE document_fts USING fts5(
      document_id UNINDEXED,
      block_index UNINDEXED,
      start_offset UNINDEXED,
      body,
      tokenize = "unicode61 remove_diacritics 0"
    );
  `);
}
