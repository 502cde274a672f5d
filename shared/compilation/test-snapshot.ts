// Builds a consistent ProjectSnapshot from plain paragraphs and quoted passages, for tests and benchmarks.
import type { ProjectSnapshot } from '../domain/project-snapshot';
import { DEFAULT_STANCES } from '../domain/default-stances';
import type {
  AnnotationTag,
  Block,
  BlockType,
  Coder,
  CodebookEntry,
  DocumentFull,
  RespondentType,
  Stance,
} from '../domain/types';

export interface TestBlock {
  text: string;
  type?: BlockType;
  page?: number;
}

export interface TestDocument {
  id: string;
  respondent: string;
  respondentType: RespondentType;
  fileName: string;
  blocks: TestBlock[];
}

export interface TestAnnotation {
  documentId: string;
  /** Passage to tag; runs of whitespace match any whitespace (line breaks between blocks included). */
  quote: string;
  tags: AnnotationTag[];
  comment?: string;
  coderId?: string;
}

export interface TestSnapshotInput {
  name?: string;
  reportTitle?: string;
  documents: TestDocument[];
  codes: CodebookEntry[];
  annotations: TestAnnotation[];
  stances?: Stance[];
  coders?: Coder[];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function toDocumentFull(doc: TestDocument): DocumentFull {
  const blocks: Block[] = [];
  let offset = 0;
  const parts: string[] = [];
  for (const b of doc.blocks) {
    const block: Block = { type: b.type ?? 'paragraph', start: offset, end: offset + b.text.length };
    if (b.page !== undefined) block.page = b.page;
    blocks.push(block);
    parts.push(b.text);
    offset += b.text.length + 1;
  }
  const text = parts.join('\n');
  return {
    id: doc.id,
    respondent: doc.respondent,
    respondentType: doc.respondentType,
    date: null,
    diaryNumber: null,
    fileName: doc.fileName,
    sourceFormat: 'txt',
    contentHash: `hash-${doc.id}`,
    importedAt: '2025-03-01T08:00:00.000Z',
    status: 'open',
    annotationCount: 0,
    length: text.length,
    text,
    rawText: text,
    blocks,
    memo: '',
  };
}

export function buildTestSnapshot(input: TestSnapshotInput): ProjectSnapshot {
  const documents = input.documents.map(toDocumentFull);
  const byId = new Map(documents.map((d) => [d.id, d]));
  const annotations = input.annotations.map((a, i) => {
    const doc = byId.get(a.documentId);
    if (!doc) throw new Error(`Test annotation ${i}: unknown document ${a.documentId}`);
    const pattern = new RegExp(a.quote.trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
    const match = pattern.exec(doc.text);
    if (!match) throw new Error(`Test annotation ${i}: quote not found in ${doc.fileName}: "${a.quote}"`);
    doc.annotationCount += 1;
    const start = match.index;
    const end = start + match[0].length;
    const stamp = new Date(Date.UTC(2025, 2, 3, 9, i % 60)).toISOString();
    return {
      id: `ann-${i + 1}`,
      documentId: doc.id,
      start,
      end,
      exact: match[0],
      prefix: doc.text.slice(Math.max(0, start - 32), start),
      suffix: doc.text.slice(end, end + 32),
      tags: a.tags,
      comment: a.comment ?? '',
      coderId: a.coderId ?? 'coder-1',
      origin: 'manual' as const,
      createdAt: stamp,
      updatedAt: stamp,
    };
  });
  return {
    info: {
      path: '/tmp/test.remisskod',
      name: input.name ?? 'Testprojekt',
      reportTitle:
        input.reportTitle ?? 'SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
      schemaVersion: 1,
    },
    documents,
    codes: input.codes,
    stances: input.stances ?? [...DEFAULT_STANCES],
    coders: input.coders ?? [
      { id: 'coder-1', name: 'Åsa Öberg' },
      { id: 'coder-2', name: 'Erik Ängström' },
    ],
    annotations,
  };
}
