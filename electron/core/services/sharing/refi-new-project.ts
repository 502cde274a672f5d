// Imports a .qdpx as a new project file: checked first, created only when the import succeeds.
import fs from 'node:fs';
import { DEFAULT_STANCES } from '../../../../shared/domain/default-stances';
import { importQdpx } from '../../../sharing/qdpx';
import { createProject } from '../../project/create-project';
import { importQdpxInto, type QdpxImportResult } from './refi-import';

/** Creates `projectPath` (".remisskod" added when missing) from the archive; nothing stays behind on failure. */
export async function importQdpxAsNewProject(
  projectPath: string,
  data: Uint8Array,
  fileName: string,
  now: string,
): Promise<{ path: string; result: QdpxImportResult }> {
  const project = importQdpx(data, fileName, DEFAULT_STANCES, now).contents.project;
  const session = await createProject(projectPath, {
    name: project.name || fileName.replace(/\.qdpx$/i, ''),
  });
  const file = session.path;
  try {
    const result = await importQdpxInto(session, data, fileName, now);
    session.close();
    return { path: file, result };
  } catch (error) {
    session.close();
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    throw error;
  }
}
