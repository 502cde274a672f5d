// Generates (or reuses from bench/.cache) the benchmark projects, and copies them for a run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ProjectSession } from '../../electron/core/project/project-session';
import { listDocuments } from '../../electron/core/db/tables/documents';
import { generateProject, LARGE_DOCUMENT, largeProjectSpec, type ProjectSpec } from './generate-project';

/** Bump when the generator or the schema changes, so cached projects are made again (not migrated on every copy). */
const GENERATOR_VERSION = 2;
const CACHE = path.resolve(__dirname, '..', '.cache', `perf-v${GENERATOR_VERSION}`);

export const SMALL_PROJECT: ProjectSpec = {
  name: 'bench-small-project',
  documents: Array.from({ length: 5 }, () => ({ length: () => 10_000, annotations: () => 20 })),
};

export interface BenchProject {
  path: string;
  respondents: string[];
  documentIds: string[];
  documents: number;
  annotations: number;
  characters: number;
  generatedMs: number | null;
}

function describe(file: string, generatedMs: number | null): BenchProject {
  const session = ProjectSession.open(file, { readonly: true });
  try {
    const docs = listDocuments(session.db);
    return {
      path: file,
      respondents: docs.map((d) => d.respondent),
      documentIds: docs.map((d) => d.id),
      documents: docs.length,
      annotations: docs.reduce((n, d) => n + d.annotationCount, 0),
      characters: docs.reduce((n, d) => n + d.length, 0),
      generatedMs,
    };
  } finally {
    session.close();
  }
}

async function cached(spec: ProjectSpec, seed: number, fresh: boolean): Promise<BenchProject> {
  const file = path.join(CACHE, `${spec.name}.remisskod`);
  if (!fresh && fs.existsSync(file)) return describe(file, null);
  fs.mkdirSync(CACHE, { recursive: true });
  const made = await generateProject(CACHE, seed, spec);
  return describe(made.path, made.ms);
}

export async function benchProjects(fresh: boolean) {
  return {
    largeDocument: await cached(LARGE_DOCUMENT, 1, fresh),
    largeProject: await cached(largeProjectSpec(), 2, fresh),
    smallProject: await cached(SMALL_PROJECT, 3, fresh),
  };
}

/** A throw-away copy in its own data folder (the select + tag figure writes annotations). */
export function workingCopy(project: BenchProject): { dataDir: string; file: string } {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'remisskod-bench-'));
  const file = path.join(dataDir, path.basename(project.path));
  fs.copyFileSync(project.path, file);
  return { dataDir, file };
}
