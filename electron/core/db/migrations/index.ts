// The numbered schema migrations, applied in order; each bumps PRAGMA user_version.
import type { Database } from 'better-sqlite3';
import { migration001Initial } from './001-initial';
import { migration002DocumentProgress } from './002-document-progress';
import { migration003SuggestionRejections } from './003-suggestion-rejections';
import { migration004Sharing } from './004-sharing';
import { migration005DocumentTextLength } from './005-document-text-length';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', up: migration001Initial },
  { version: 2, name: 'per-coder document progress', up: migration002DocumentProgress },
  { version: 3, name: 'rejected suggestions', up: migration003SuggestionRejections },
  { version: 4, name: 'orphans and reconciliations', up: migration004Sharing },
  { version: 5, name: 'stored document text length', up: migration005DocumentTextLength },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
