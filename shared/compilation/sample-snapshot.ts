// A small hand-made project (three remissvar, four proposals) that the compilation tests share.
import type { ProjectSnapshot } from '../domain/project-snapshot';
import type { CodebookEntry } from '../domain/types';
import { buildTestSnapshot } from './test-snapshot';

const code = (
  id: string,
  parentId: string | null,
  section: string,
  title: string,
  kind: CodebookEntry['kind'],
  sortOrder: number,
): CodebookEntry => ({
  id,
  parentId,
  section,
  title,
  kind,
  description: '',
  colour: '#1f77b4',
  sortOrder,
});

/** Deliberately stored out of order: the codebook order comes from parentId and sortOrder. */
export const SAMPLE_CODES: CodebookEntry[] = [
  code('general', null, '', 'Övergripande synpunkter', 'general', 9),
  code('4.4.3', 'kap4', '4.4.3', 'Inga sanktioner inom läkarmedverkan', 'bedomning', 2),
  code('kap5', null, '5', 'Kommunernas möjlighet att anställa läkare', 'chapter', 2),
  code('5.4', 'kap5', '5.4', 'Kommuner får anställa, anlita eller finansiera läkare', 'forslag', 1),
  code('kap4', null, '4', 'Stärkt läkarmedverkan', 'chapter', 1),
  code('4.1.1', 'kap4', '4.1.1', 'Lagkrav på tillgång till medicinsk bedömning dygnet runt', 'forslag', 1),
];

export function sampleSnapshot(): ProjectSnapshot {
  return buildTestSnapshot({
    name: 'Remiss SOU 2024:72',
    codes: SAMPLE_CODES,
    documents: [
      {
        id: 'kalmar',
        respondent: 'Kalmar kommun',
        respondentType: 'kommun',
        fileName: 'kalmar-kommun.pdf',
        blocks: [
          { text: 'Sammanfattning', type: 'heading', page: 1 },
          {
            text: 'Vi ser inte att vägen till förstärkt läkarmedverkan sker genom att kommunerna anställer egna läkare.',
            page: 1,
          },
          {
            text: 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning dygnet runt.',
            page: 2,
          },
        ],
      },
      {
        id: 'blekinge',
        respondent: 'Region Blekinge',
        respondentType: 'region',
        fileName: 'region-blekinge.txt',
        blocks: [
          {
            text: 'Region Blekinge instämmer därför inte i förslaget att kommunerna frivilligt ska kunna anställa kliniskt verksamma läkare.',
          },
          {
            text: 'Region Blekinge delar också utredarens bedömning att det inte bör införas regler om sanktioner.',
          },
          {
            text: 'Region Blekinge ställer sig tveksam till att ett lagkrav kan bidra till stärkt medicinsk läkarbedömning dygnet runt.',
          },
        ],
      },
      {
        id: 'lerum',
        respondent: 'Lerums kommun',
        respondentType: 'kommun',
        fileName: 'lerums-kommun.docx',
        blocks: [
          { text: 'Lerums kommun är positiv till betänkandets förslag om ett lagkrav.' },
          { text: 'Lerums kommun motsätter sig inte betänkandets förslag på frivillighet,' },
          { text: 'men ser för egen del inga vinster med att anställa egna läkare.' },
        ],
      },
    ],
    annotations: [
      {
        documentId: 'kalmar',
        quote: 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning dygnet runt.',
        tags: [{ codeId: '4.1.1', stanceId: 'supports' }],
        comment: 'Tydligt stöd.',
      },
      {
        documentId: 'kalmar',
        quote:
          'Vi ser inte att vägen till förstärkt läkarmedverkan sker genom att kommunerna anställer egna läkare.',
        tags: [{ codeId: '5.4', stanceId: 'opposes' }],
      },
      {
        documentId: 'blekinge',
        quote: 'Region Blekinge ställer sig tveksam till att ett lagkrav',
        tags: [{ codeId: '4.1.1', stanceId: 'sceptical' }],
        coderId: 'coder-2',
      },
      {
        documentId: 'blekinge',
        quote: 'Region Blekinge instämmer därför inte i förslaget',
        tags: [{ codeId: '5.4', stanceId: 'opposes' }],
        coderId: 'coder-2',
      },
      {
        documentId: 'blekinge',
        quote:
          'Region Blekinge delar också utredarens bedömning att det inte bör införas regler om sanktioner.',
        tags: [
          { codeId: '4.4.3', stanceId: 'supports' },
          { codeId: 'general', stanceId: null },
        ],
        coderId: 'coder-2',
      },
      {
        documentId: 'lerum',
        quote: 'Lerums kommun är positiv till betänkandets förslag om ett lagkrav.',
        tags: [{ codeId: '4.1.1', stanceId: 'supports' }],
      },
      {
        documentId: 'lerum',
        quote: 'Lerums kommun motsätter sig inte betänkandets förslag på frivillighet,',
        tags: [{ codeId: '5.4', stanceId: 'supports' }],
      },
      {
        documentId: 'lerum',
        quote: 'frivillighet, men ser för egen del inga vinster',
        tags: [{ codeId: '5.4', stanceId: 'no_position' }],
        comment: 'Motsätter sig inte, men avstår för egen del.',
      },
    ],
  });
}
