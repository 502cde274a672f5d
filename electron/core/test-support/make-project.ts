// Test helper: a real project file with a small codebook and one document.
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { Block, ImportedDocument } from '../../../shared/domain/types';
import { ensureCoder } from '../db/tables/coders';
import { insertDocument } from '../db/tables/documents';
import { createProject } from '../project/create-project';
import type { ProjectSession } from '../project/project-session';
import { insertCodebook } from '../services/codebook-service';

export const SAMPLE_PARAGRAPHS = [
  'Yttrande över betänkandet',
  'Kommunen tillstyrker förslaget om medicinsk bedömning dygnet runt.',
  'Kommunen avstyrker förslaget att kommuner får anställa läkare för patientnära arbete.',
];

export function sampleDocument(
  paragraphs: string[] = SAMPLE_PARAGRAPHS,
  fileName = 'exempel-kommun.txt',
): ImportedDocument {
  const blocks: Block[] = [];
  let offset = 0;
  paragraphs.forEach((p, i) => {
    blocks.push({
      type: i === 0 ? 'heading' : 'paragraph',
      ...(i === 0 ? { level: 1 } : {}),
      start: offset,
      end: offset + p.length,
    });
    offset += p.length + 1;
  });
  const text = paragraphs.join('\n');
  return {
    fileName,
    respondent: 'Exempels kommun',
    respondentType: 'kommun',
    date: '2025-02-11',
    diaryNumber: null,
    sourceFormat: 'txt',
    text,
    rawText: text,
    blocks,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}

export interface TestProject {
  session: ProjectSession;
  documentId: string;
  coderId: string;
}

export async function makeProject(dir: string): Promise<TestProject> {
  const session = await createProject(path.join(dir, 'test.remisskod'), { name: 'Test' });
  return session.transaction(() => {
    insertCodebook(session.db, [
      {
        id: 'p1',
        parentId: null,
        section: '4.1.1',
        title: 'Medicinsk bedömning dygnet runt',
        kind: 'forslag',
        description: '',
        colour: '#1f77b4',
        sortOrder: 1,
      },
      {
        id: 'p2',
        parentId: null,
        section: '5.4',
        title: 'Kommuner får anställa läkare',
        kind: 'forslag',
        description: '',
        colour: '#d62728',
        sortOrder: 2,
      },
    ]);
    const documentId = insertDocument(session.db, sampleDocument());
    const coderId = ensureCoder(session.db, 'Testkodare').id;
    return { session, documentId, coderId };
  });
}
