// Writes benchmark projects as real .remisskod files through the real store modules.
import fs from 'node:fs';
import path from 'node:path';
import { parseCodebookJson } from '../../shared/formats/codebook/codebook-json';
import { createProject } from '../../electron/core/project/create-project';
import { insertDocument } from '../../electron/core/db/tables/documents';
import { insertAnnotation } from '../../electron/core/db/tables/annotations';
import { ensureCoder } from '../../electron/core/db/tables/coders';
import { listStances } from '../../electron/core/db/tables/stances';
import { insertCodebook } from '../../electron/core/services/codebook-service';
import { seededRandom, type Random } from './random';
import { generateDocument } from './generate-document';
import { generateAnnotations } from './generate-annotations';

const SEEDS = path.resolve(__dirname, '..', '..', 'seeds');
const PLACES = [
  'Kalmar',
  'Lerum',
  'Eskilstuna',
  'Blekinge',
  'Umeå',
  'Luleå',
  'Gävle',
  'Borås',
  'Växjö',
  'Karlstad',
  'Östersund',
  'Visby',
  'Örebro',
  'Västerås',
  'Jönköping',
  'Halmstad',
  'Kiruna',
  'Sundsvall',
  'Falun',
  'Ystad',
];
const KINDS = ['kommun', 'region', 'förbund', 'nämnd', 'förvaltning'];

export interface ProjectSpec {
  name: string;
  /** Target length in characters of each document (a function of the document's index). */
  documents: { length: (r: Random, index: number) => number; annotations: (length: number) => number }[];
}

export interface GeneratedProject {
  path: string;
  documentIds: string[];
  documents: number;
  annotations: number;
  characters: number;
  ms: number;
}

export async function generateProject(
  dir: string,
  seed: number,
  spec: ProjectSpec,
): Promise<GeneratedProject> {
  const started = performance.now();
  const file = path.join(dir, `${spec.name}.remisskod`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const r = seededRandom(seed);
  const codebookFile = path.join(SEEDS, 'sou-2024-72-codebook.json');
  const codebook = parseCodebookJson(fs.readFileSync(codebookFile, 'utf8'), codebookFile);
  const taggable = codebook.codes.filter((c) => c.kind === 'forslag' || c.kind === 'bedomning');
  const session = await createProject(file, { name: spec.name, reportTitle: codebook.reportTitle ?? '' });
  const documentIds: string[] = [];
  let annotations = 0;
  let characters = 0;
  try {
    session.transaction(() => {
      insertCodebook(session.db, codebook.codes);
      const coderIds = ['Anna Lind', 'Erik Berg', 'Sara Holm'].map((n) => ensureCoder(session.db, n).id);
      const stances = listStances(session.db);
      spec.documents.forEach((d, index) => {
        const respondent = `${PLACES[index % PLACES.length]} ${KINDS[Math.floor(index / PLACES.length) % KINDS.length]} ${index + 1}`;
        const doc = generateDocument(r, respondent, d.length(r, index));
        const documentId = insertDocument(session.db, doc);
        documentIds.push(documentId);
        characters += doc.text.length;
        const ctx = { documentId, text: doc.text, codes: taggable, stances, coderIds };
        for (const a of generateAnnotations(r, ctx, d.annotations(doc.text.length))) {
          insertAnnotation(session.db, a);
          annotations += 1;
        }
      });
    });
  } finally {
    session.close();
  }
  return {
    path: file,
    documentIds,
    documents: documentIds.length,
    annotations,
    characters,
    ms: performance.now() - started,
  };
}

/** Two 300-page answers (~750k characters) with 5,000 annotations each: the editor figures. */
export const LARGE_DOCUMENT: ProjectSpec = {
  name: 'bench-large-document',
  documents: [0, 1].map(() => ({ length: () => 750_000, annotations: () => 5000 })),
};

/**
 * 300 answers with lengths drawn like real remissvar (median ~4 pages, a long tail to ~100
 * pages) and 30,000 annotations spread in proportion to length: the project figures.
 */
export function largeProjectSpec(): ProjectSpec {
  const r = seededRandom(7);
  const lengths = Array.from({ length: 300 }, () =>
    Math.round(Math.min(250_000, Math.max(1500, r.logNormal(10_000, 0.9)))),
  );
  const total = lengths.reduce((a, b) => a + b, 0);
  const counts = lengths.map((l) => Math.max(5, Math.round((30_000 * l) / total)));
  // Make the total exactly 30,000 by adjusting the longest answer.
  const longest = lengths.indexOf(Math.max(...lengths));
  counts[longest]! += 30_000 - counts.reduce((a, b) => a + b, 0);
  return {
    name: 'bench-large-project',
    documents: lengths.map((l, i) => ({ length: () => l, annotations: () => counts[i]! })),
  };
}
