// Test data for the migration harness: each seed fills the tables that exist from its schema version on.
import type { Database } from 'better-sqlite3';

export interface MigrationSeed {
  /** The first schema version whose tables this seed writes. */
  since: number;
  seed: (db: Database) => void;
}

const NOW = '2025-02-11T10:00:00.000Z';

/** Add a seed here when a migration adds a table: the harness fails for tables no seed fills. */
export const MIGRATION_SEEDS: readonly MigrationSeed[] = [
  {
    since: 1,
    seed: (db) => {
      db.exec(`
        INSERT INTO meta (key, value) VALUES ('name', 'Gammalt projekt'), ('reportTitle', 'SOU 2024:72');
        INSERT INTO coders (id, name, created_at) VALUES ('c1', 'Anna Ärlig', '${NOW}');
        INSERT INTO stances (id, label_sv, label_en, colour, sort_order)
          VALUES ('supports', 'Tillstyrker', 'Supports', '#2ca02c', 1);
        INSERT INTO codes (id, parent_id, section, title, kind, description, colour, sort_order, created_at, updated_at)
          VALUES ('ch4', NULL, '4', 'Kapitel 4', 'chapter', '', '#777777', 1, '${NOW}', '${NOW}'),
                 ('p1', 'ch4', '4.1.1', 'Medicinsk bedömning dygnet runt', 'forslag', 'Å ä ö', '#1f77b4', 2, '${NOW}', '${NOW}');
        INSERT INTO documents (id, file_name, respondent, respondent_type, doc_date, diary_number, source_format,
                               text, raw_text, blocks, content_hash, imported_at, status, memo)
          VALUES ('d1', 'kommun.pdf', 'Exempels kommun', 'kommun', '2025-02-11', 'KS 2025/1', 'pdf',
                  'Kommunen tillstyrker förslaget.', 'Kommunen tillstyrker förslaget.',
                  '[{"type":"paragraph","start":0,"end":31}]', 'hash-d1', '${NOW}', 'done', 'Läst');
        INSERT INTO annotations (id, document_id, start_offset, end_offset, exact, prefix, suffix, comment,
                                 coder_id, origin, created_at, updated_at)
          VALUES ('a1', 'd1', 9, 20, 'tillstyrker', 'Kommunen ', ' förslaget.', 'Tydligt stöd', 'c1', 'manual',
                  '${NOW}', '${NOW}');
        INSERT INTO annotation_tags (annotation_id, code_id, stance_id, position) VALUES ('a1', 'p1', 'supports', 0);
        INSERT INTO document_fts (document_id, block_index, start_offset, body)
          VALUES ('d1', 0, 0, 'Kommunen tillstyrker förslaget.');
      `);
    },
  },
  {
    since: 2,
    seed: (db) => {
      db.exec(`INSERT INTO document_progress (document_id, coder_id, done_at) VALUES ('d1', 'c1', '${NOW}')`);
    },
  },
  {
    since: 3,
    seed: (db) => {
      db.exec(`
        INSERT INTO suggestion_rejections (suggestion_key, document_id, code_id, coder_id, rejected_at)
          VALUES ('d1:0:8:p1', 'd1', 'p1', 'c1', '${NOW}')`);
    },
  },
  {
    since: 4,
    seed: (db) => {
      db.exec(`
        INSERT INTO orphans (id, source_file, coder_id, coder_name, document_id, respondent, file_name, exact,
                             prefix, suffix, start_offset, end_offset, tags, comment, reason, imported_at)
          VALUES ('o1', 'bertil.remisskod-annotations.json', 'c2', 'Bertil', 'd1', 'Exempels kommun', 'kommun.pdf',
                  'avstyrker', '', '', 40, 49, '[{"codeId":"p1","stanceId":"supports"}]', '', 'quote_not_found',
                  '${NOW}');
        INSERT INTO reconciliations (document_id, code_id, stance_id, settled_by, settled_at)
          VALUES ('d1', 'p1', 'supports', 'Anna Ärlig', '${NOW}')`);
    },
  },
  {
    since: 5,
    seed: (db) => {
      db.exec(`
        INSERT INTO documents (id, file_name, respondent, respondent_type, doc_date, diary_number, source_format,
                               text, raw_text, blocks, content_hash, imported_at, status, memo, text_length)
          VALUES ('d2', 'region.txt', 'Exempels region', 'region', '2025-02-12', NULL, 'txt',
                  'Regionen avstyrker.', 'Regionen avstyrker.',
                  '[{"type":"paragraph","start":0,"end":19}]', 'hash-d2', '${NOW}', 'open', '', 19)`);
    },
  },
];
