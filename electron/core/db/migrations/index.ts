// The numbered schema migrations, applied in order; each bumps PRAGMA user_version.
import type { Database } from 'better-sqlite3';
import { migration001Initial } from './001-initial';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', up: migration001Initial },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;
