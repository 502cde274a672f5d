// A small two-document project with two coders, for tests of sharing, formats and agreement.
import type { ProjectSnapshot } from '../domain/project-snapshot';
import type { Annotation, AnnotationTag, DocumentFull } from '../domain/types';
import { DEFAULT_STANCES } from '../domain/default-stances';
import { makeQuoteSelector } from '../anchoring/quote-selector';

export const SAMPLE_TEXTS = {
  kalmar:
    'Yttrande över SOU 2024:72\nKalmar kommun tillstyrker förslaget om lagkrav på medicinsk bedömning dygnet runt.\n' +
    'Kommunen ställer sig tveksam till förslaget om ledningsansvarig eftersom finansiering saknas.\nÖvrigt: inga synpunkter 😀.',
  lerum:
    'Lerums kommun har beretts möjlighet att yttra sig.\nLerums kommun avstyrker förslaget om nationell samordnare.\n' +
    'Kommunen delar utredningens bedömning att regionens ansvar kvarstår.',
};

function doc(id: string, respondent: string, fileName: string, text: string): DocumentFull {
  return {
    id,
    respondent,
    fileName,
    text,
    rawText: text,
    respondentType: 'kommun',
    date: '2025-01-15',
    diaryNumber: null,
    sourceFormat: 'txt',
    contentHash: '',
    importedAt: '2025-01-20T10:00:00.000Z',
    status: 'open',
    annotationCount: 0,
    length: text.length,
    blocks: [],
    memo: '',
  };
}

/** An annotation on the first occurrence of `quote` in `text`. */
export function sampleAnnotation(
  id: string,
  documentId: string,
  text: string,
  quote: string,
  tags: AnnotationTag[],
  coderId: string,
  comment = '',
  time = '2025-02-01T09:00:00.000Z',
): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${documentId}`);
  const end = start + quote.length;
  return {
    id,
    documentId,
    start,
    end,
    ...makeQuoteSelector(text, start, end),
    tags,
    comment,
    coderId,
    origin: 'manual',
    createdAt: time,
    updatedAt: time,
  };
}

export function sampleSnapshot(): ProjectSnapshot {
  const { kalmar, lerum } = SAMPLE_TEXTS;
  return {
    info: {
      path: '/tmp/sample.remisskod',
      name: 'SOU 2024:72',
      reportTitle: 'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
      schemaVersion: 1,
    },
    documents: [
      doc('doc-kalmar', 'Kalmar kommun', 'kalmar-kommun.pdf', kalmar),
      doc('doc-lerum', 'Lerums kommun', 'lerums-kommun.pdf', lerum),
    ],
    codes: [
      {
        id: 'ch-4',
        parentId: null,
        section: '4',
        title: 'Medicinsk kompetens',
        kind: 'chapter',
        description: '',
        colour: '#555555',
        sortOrder: 1,
      },
      {
        id: 'p-411',
        parentId: 'ch-4',
        section: '4.1.1',
        title: 'Lagkrav på tillgång till medicinsk bedömning dygnet runt',
        kind: 'forslag',
        description: 'Läkare via regionen, sjuksköterska via kommunen.',
        colour: '#1f77b4',
        sortOrder: 2,
      },
      {
        id: 'p-46',
        parentId: 'ch-4',
        section: '4.6',
        title: 'Ledningsansvarig med medicinsk kompetens i kommunen',
        kind: 'forslag',
        description: '',
        colour: '#ff7f0e',
        sortOrder: 3,
      },
      {
        id: 'p-711',
        parentId: null,
        section: '7.1.1',
        title: 'Nationell samordnare',
        kind: 'forslag',
        description: '',
        colour: '#2ca02c',
        sortOrder: 4,
      },
      {
        id: 'p-5',
        parentId: null,
        section: '5',
        title: 'Regionens grundläggande ansvar för läkarmedverkan kvarstår',
        kind: 'bedomning',
        description: '',
        colour: '#d62728',
        sortOrder: 5,
      },
      {
        id: 'g-other',
        parentId: null,
        section: '',
        title: 'Synpunkter utanför förslagen',
        kind: 'general',
        description: '',
        colour: '#7f7f7f',
        sortOrder: 6,
      },
    ],
    stances: DEFAULT_STANCES.map((s) => ({ ...s })),
    coders: [
      { id: 'coder-anna', name: 'Anna' },
      { id: 'coder-bo', name: 'Bo' },
    ],
    annotations: [
      sampleAnnotation(
        'ann-1',
        'doc-kalmar',
        kalmar,
        'Kalmar kommun tillstyrker förslaget om lagkrav på medicinsk bedömning dygnet runt.',
        [{ codeId: 'p-411', stanceId: 'supports' }],
        'coder-anna',
        'Tydligt stöd.',
      ),
      sampleAnnotation(
        'ann-2',
        'doc-kalmar',
        kalmar,
        'ställer sig tveksam till förslaget om ledningsansvarig',
        [{ codeId: 'p-46', stanceId: 'sceptical' }],
        'coder-anna',
      ),
      sampleAnnotation(
        'ann-3',
        'doc-kalmar',
        kalmar,
        'inga synpunkter 😀',
        [{ codeId: 'g-other', stanceId: null }],
        'coder-anna',
      ),
      sampleAnnotation(
        'ann-4',
        'doc-lerum',
        lerum,
        'Lerums kommun avstyrker förslaget om nationell samordnare.',
        [{ codeId: 'p-711', stanceId: 'opposes' }],
        'coder-bo',
      ),
      sampleAnnotation(
        'ann-5',
        'doc-lerum',
        lerum,
        'delar utredningens bedömning att regionens ansvar kvarstår',
        [
          { codeId: 'p-5', stanceId: 'supports' },
          { codeId: 'p-711', stanceId: null },
        ],
        'coder-bo',
        'Två förslag i samma mening.',
      ),
      sampleAnnotation(
        'ann-6',
        'doc-kalmar',
        kalmar,
        'Kalmar kommun tillstyrker förslaget',
        [{ codeId: 'p-411', stanceId: 'conditional' }],
        'coder-bo',
      ),
    ],
  };
}
