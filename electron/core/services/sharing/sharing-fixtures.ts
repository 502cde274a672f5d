// Test helper: projects holding the same remissvar (optionally perturbed) for sharing tests.
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Block, ImportedDocument } from '../../../../shared/domain/types';
import { ensureCoder } from '../../db/tables/coders';
import { insertDocument } from '../../db/tables/documents';
import { createProject } from '../../project/create-project';
import type { ProjectSession } from '../../project/project-session';
import { createAnnotation } from '../annotation-service';
import { insertCodebook } from '../codebook-service';

/** A remissvar as PDF extraction leaves it: a page header line between two pages. */
export const KALMAR_LINES = [
  'Yttrande över betänkandet Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)',
  'Kalmar kommun har beretts möjlighet att yttra sig över rubricerat betänkande.',
  'Kommunen tillstyrker förslaget om ett lagkrav på tillgång till medicinsk bedömning dygnet runt.',
  'NIA 2023/0012  3 (4)',
  'Kommunen avstyrker förslaget att kommuner får anställa läkare för patientnära kliniskt arbete, eftersom ansvaret ska ligga kvar hos regionen.',
  'Kommunen har inga synpunkter på förslaget om en nationell samordnare.',
];

/** The same answer extracted again: no page header, one word changed. */
export const KALMAR_PERTURBED = KALMAR_LINES.filter((l) => !l.startsWith('NIA')).map((l) =>
  l.replace('rubricerat betänkande', 'rubricerade betänkande'),
);

export function documentOf(lines: string[], fileName: string, respondent: string): ImportedDocument {
  const blocks: Block[] = [];
  let offset = 0;
  for (const line of lines) {
    blocks.push({ type: 'paragraph', start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  const text = lines.join('\n');
  return {
    fileName,
    respondent,
    respondentType: 'kommun',
    date: null,
    diaryNumber: null,
    sourceFormat: 'txt',
    text,
    rawText: text,
    blocks,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

export const CODEBOOK = [
  { id: 'p411', section: '4.1.1', title: 'Medicinsk bedömning dygnet runt' },
  { id: 'p54', section: '5.4', title: 'Kommuner får anställa läkare' },
  { id: 'p711', section: '7.1.1', title: 'Nationell samordnare' },
].map((c, i) => ({
  ...c,
  parentId: null,
  kind: 'forslag' as const,
  description: '',
  colour: '#1f77b4',
  sortOrder: i + 1,
}));

export interface SharingProject {
  session: ProjectSession;
  /** Document ids in the order given. */
  documentIds: string[];
}

/** A project with the codebook (unless `codebook` is false) and the given documents. */
export async function sharingProject(
  dir: string,
  name: string,
  documents: ImportedDocument[],
  codebook = true,
): Promise<SharingProject> {
  const session = await createProject(path.join(dir, `${name}.remisskod`), { name });
  const documentIds = session.transaction(() => {
    if (codebook) insertCodebook(session.db, CODEBOOK);
    return documents.map((d) => insertDocument(session.db, d));
  });
  return { session, documentIds };
}

/** Tags the first occurrence of `phrase` as `coder` and returns the annotation. */
export function tag(
  project: SharingProject,
  coder: string,
  phrase: string,
  codeId: string,
  stanceId: string | null,
  documentIndex = 0,
) {
  const documentId = project.documentIds[documentIndex]!;
  const text = (
    project.session.db.prepare('SELECT text FROM documents WHERE id = ?').get(documentId) as { text: string }
  ).text;
  const start = text.indexOf(phrase);
  if (start < 0) throw new Error(`"${phrase}" is not in the document`);
  const coderId = ensureCoder(project.session.db, coder).id;
  return createAnnotation(project.session.db, coderId, {
    documentId,
    start,
    end: start + phrase.length,
    tags: [{ codeId, stanceId }],
  });
}
