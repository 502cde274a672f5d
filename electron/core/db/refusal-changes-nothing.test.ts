// Opening a corrupt, truncated, foreign or too-new file is refused with a clear code and leaves every byte as it was.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api/api-error';
import { ProjectSession } from '../project/project-session';
import { makeProject } from '../test-support/make-project';
import { useTempDir } from '../test-support/temp-dir';
import { LATEST_SCHEMA_VERSION } from './run-migrations';

const tempDir = useTempDir();

/** A real, closed project file with data, in its own folder. */
async function realProject(): Promise<string> {
  const { session } = await makeProject(tempDir());
  const file = session.path;
  session.close();
  return file;
}

function folderState(file: string): Map<string, string> {
  const dir = path.dirname(file);
  return new Map(
    fs.readdirSync(dir).map((name) => [name, fs.readFileSync(path.join(dir, name)).toString('hex')]),
  );
}

function expectRefusedUnchanged(file: string, code: string): ApiError {
  const before = folderState(file);
  let caught: unknown = null;
  try {
    ProjectSession.open(file).close();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ApiError);
  const error = caught as ApiError;
  expect(error.code).toBe(code);
  expect(error.message).toContain(file);
  expect(folderState(file)).toEqual(before); // same files, same bytes: no -wal, -shm or lock left
  return error;
}

describe('refused files are left unchanged', () => {
  it('a project from a newer app version (single-file copy, as a backup or e-mail attachment is)', async () => {
    const file = await realProject();
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 1}`);
    db.close();
    const error = expectRefusedUnchanged(file, 'project_too_new');
    expect(error.params).toEqual({
      found: LATEST_SCHEMA_VERSION + 1,
      known: LATEST_SCHEMA_VERSION,
      path: file,
    });
  });

  it('a project from a newer app version still in WAL mode', async () => {
    const file = await realProject();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 7}`);
    db.close();
    expectRefusedUnchanged(file, 'project_too_new');
  });

  it('a SQLite database of another program', () => {
    const file = path.join(tempDir(), 'annat.remisskod');
    const db = new Database(file);
    db.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Anna')");
    db.close();
    expectRefusedUnchanged(file, 'project_foreign');
  });

  it('random bytes', () => {
    const file = path.join(tempDir(), 'brus.remisskod');
    fs.writeFileSync(file, randomBytes(64 * 1024));
    expectRefusedUnchanged(file, 'project_corrupt');
  });

  it('a text file with the project extension', () => {
    const file = path.join(tempDir(), 'text.remisskod');
    fs.writeFileSync(file, 'Yttrande över betänkandet SOU 2024:72\n'.repeat(500));
    expectRefusedUnchanged(file, 'project_corrupt');
  });

  it('a project cut off half-way (an interrupted copy or download)', async () => {
    const file = await realProject();
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    expectRefusedUnchanged(file, 'project_corrupt');
  });

  it('a project with a damaged page in the middle', async () => {
    const file = await realProject();
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, pageSize * 2, pageSize * 4);
    fs.writeFileSync(file, bytes);
    expectRefusedUnchanged(file, 'project_corrupt');
  });

  it('a SQLite header followed by garbage', () => {
    const file = path.join(tempDir(), 'header.remisskod');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), randomBytes(8192)]));
    expectRefusedUnchanged(file, 'project_corrupt');
  });
});
