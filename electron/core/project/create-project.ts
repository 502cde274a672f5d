// Creates a new project file: schema, default stance scale, and optionally the demo corpus.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/api-error';
import { DEFAULT_STANCES } from '../../../shared/domain/default-stances';
import { setMeta } from '../db/tables/meta';
import { upsertStance } from '../db/tables/stances';
import { ProjectSession } from './project-session';
import { loadDemoCorpus } from './load-demo-corpus';

export interface CreateProjectOptions {
  name?: string;
  reportTitle?: string;
  withDemo?: boolean;
}

export const PROJECT_EXTENSION = '.remisskod';

export async function createProject(
  filePath: string,
  options: CreateProjectOptions = {},
): Promise<ProjectSession> {
  const absolute = path.resolve(
    filePath.endsWith(PROJECT_EXTENSION) ? filePath : filePath + PROJECT_EXTENSION,
  );
  if (fs.existsSync(absolute)) {
    throw new ApiError('project_exists', `A file already exists at ${absolute}.`, { path: absolute });
  }
  fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const session = ProjectSession.open(absolute, { create: true });
  try {
    session.transaction(() => {
      setMeta(session.db, 'projectId', randomUUID());
      setMeta(session.db, 'createdAt', new Date().toISOString());
      setMeta(session.db, 'name', options.name?.trim() || path.basename(absolute, PROJECT_EXTENSION));
      setMeta(session.db, 'reportTitle', options.reportTitle ?? '');
      DEFAULT_STANCES.forEach((s) => upsertStance(session.db, s));
    });
    if (options.withDemo) await loadDemoCorpus(session);
    return session;
  } catch (error) {
    session.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(absolute + suffix, { force: true });
    throw error;
  }
}
