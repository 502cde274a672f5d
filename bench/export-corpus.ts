// Generates a large coded project for the export benchmark: many remissvar, a 30-proposal codebook, many tags.
import { DEFAULT_STANCES } from '../shared/domain/default-stances';
import type { ProjectSnapshot } from '../shared/domain/project-snapshot';
import type { Annotation, Block, CodebookEntry, DocumentFull, RespondentType } from '../shared/domain/types';
import { rng } from './anchor-corpus';

const WORDS = (
  'kommunen regionen förslaget betänkandet utredningen tillstyrker avstyrker delvis ställer sig positiv tveksam ' +
  'till att det den och i på av för med som om inte har är kan ska bör vill måste även samt eller men ' +
  'hälso- sjukvård medicinsk kompetens läkare sjuksköterska ansvar avtal läkarmedverkan ledningsansvarig ' +
  'finansiering kostnader resurser personal kompetensförsörjning verksamheten patienter omsorg äldre ' +
  'boende hemsjukvård samverkan ersättning bedömning dygnet runt lagkrav föreskrifter bemyndigande'
).split(' ');
const TYPES: RespondentType[] = ['kommun', 'kommun', 'kommun', 'region', 'myndighet', 'organisation'];
const CODERS = [
  { id: 'c1', name: 'Åsa Öberg' },
  { id: 'c2', name: 'Erik Ängström' },
  { id: 'c3', name: 'Maja Lind' },
];

function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 18);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]!);
  const s = words.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

export function benchCodes(proposals = 30): CodebookEntry[] {
  const codes: CodebookEntry[] = [];
  const chapters = 5;
  for (let c = 0; c < chapters; c++) {
    codes.push({
      id: `kap${c + 4}`,
      parentId: null,
      section: String(c + 4),
      title: `Kapitel ${c + 4}`,
      kind: 'chapter',
      description: '',
      colour: '#5b6b7f',
      sortOrder: c + 1,
    });
  }
  for (let i = 0; i < proposals; i++) {
    const c = i % chapters;
    codes.push({
      id: `p${i + 1}`,
      parentId: `kap${c + 4}`,
      section: `${c + 4}.${Math.floor(i / chapters) + 1}`,
      title: `Förslag om läkarmedverkan och ansvar nummer ${i + 1}`,
      kind: i % 3 === 0 ? 'bedomning' : 'forslag',
      description: '',
      colour: '#1f77b4',
      sortOrder: i,
    });
  }
  return codes;
}

function document(r: () => number, index: number, paragraphs: number): DocumentFull {
  const blocks: Block[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let p = 0; p < paragraphs; p++) {
    const text = Array.from({ length: 2 + Math.floor(r() * 3) }, () => sentence(r)).join(' ');
    blocks.push({ type: 'paragraph', start: offset, end: offset + text.length, page: 1 + Math.floor(p / 8) });
    parts.push(text);
    offset += text.length + 1;
  }
  const text = parts.join('\n');
  return {
    id: `d${index + 1}`,
    respondent: `${['Kommun', 'Region', 'Förbund', 'Myndighet'][index % 4]} ${String(index + 1).padStart(3, '0')} Älvdalen–Östra`,
    respondentType: TYPES[index % TYPES.length]!,
    date: '2025-02-11',
    diaryNumber: null,
    fileName: `remissvar-${index + 1}.pdf`,
    sourceFormat: 'pdf',
    contentHash: `h${index}`,
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

export function generateExportCorpus(documents = 300, annotations = 30_000, seed = 7): ProjectSnapshot {
  const r = rng(seed);
  const codes = benchCodes();
  const proposals = codes.filter((c) => c.kind !== 'chapter');
  const docs = Array.from({ length: documents }, (_, i) => document(r, i, 60));
  const list: Annotation[] = [];
  for (let i = 0; i < annotations; i++) {
    const doc = docs[i % documents]!;
    const block = doc.blocks[Math.floor(r() * doc.blocks.length)]!;
    const len = Math.min(block.end - block.start, 80 + Math.floor(r() * 300));
    const start = block.start;
    const end = start + len;
    const tagCount = r() < 0.2 ? 2 : 1;
    const first = Math.floor(r() * proposals.length);
    const tags = Array.from({ length: tagCount }, (_, k) => ({
      codeId: proposals[(first + k) % proposals.length]!.id,
      stanceId: r() < 0.1 ? null : DEFAULT_STANCES[Math.floor(r() * DEFAULT_STANCES.length)]!.id,
    }));
    doc.annotationCount += 1;
    list.push({
      id: `a${i + 1}`,
      documentId: doc.id,
      start,
      end,
      exact: doc.text.slice(start, end),
      prefix: doc.text.slice(Math.max(0, start - 32), start),
      suffix: doc.text.slice(end, end + 32),
      tags,
      comment: r() < 0.3 ? 'Kodarens kommentar: ' + sentence(r) : '',
      coderId: CODERS[i % CODERS.length]!.id,
      origin: 'manual',
      createdAt: '2025-03-03T09:00:00.000Z',
      updatedAt: '2025-03-03T09:00:00.000Z',
    });
  }
  return {
    info: {
      path: '',
      name: 'Benchmark 300 × 30 000',
      reportTitle: 'SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
      schemaVersion: 1,
    },
    documents: docs,
    codes,
    stances: [...DEFAULT_STANCES],
    coders: CODERS,
    annotations: list,
  };
}
