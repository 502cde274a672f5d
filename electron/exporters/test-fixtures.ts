// A realistic demo project for export tests: the five seed remissvar, the SOU 2024:72 codebook, real quotes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ProjectSnapshot } from '../../shared/domain/project-snapshot';
import type { CodebookEntry, RespondentType } from '../../shared/domain/types';
import type { TestAnnotation, TestBlock, TestDocument } from '../../shared/compilation/test-snapshot';
import { buildTestSnapshot } from '../../shared/compilation/test-snapshot';

const SEEDS = join(__dirname, '..', '..', 'seeds');

/** Page headers/footers left by PDF extraction: "1 (3)", "Sida 5 (9)", "NIA 2023/0012  3 (4)". */
const PAGE_MARK = /(?:^|\s)(\d+)\s\((\d+)\)\s*$/;

/** Simple paragraphing: blank lines separate blocks, page marks set the page of what follows. */
export function paragraphsOf(raw: string): TestBlock[] {
  const blocks: TestBlock[] = [];
  let page: number | undefined;
  let lines: string[] = [];
  const flush = () => {
    const text = lines.join(' ').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(page === undefined ? { text } : { text, page });
    lines = [];
  };
  for (const line of raw.split(/\r?\n/)) {
    const mark = PAGE_MARK.exec(line.trim());
    if (mark && line.trim().length < 40) {
      flush();
      page = Number(mark[1]);
    } else if (line.trim() === '') flush();
    else lines.push(line.trim());
  }
  flush();
  return blocks;
}

const SEED_DOCUMENTS: [string, string, RespondentType][] = [
  ['kalmar', 'Kalmar kommun', 'kommun'],
  ['lerum', 'Lerums kommun', 'kommun'],
  ['eskilstuna', 'Eskilstuna kommun', 'kommun'],
  ['blekinge', 'Region Blekinge', 'region'],
  ['stockholm', 'Stockholms stad (Äldrenämnden)', 'kommun'],
];
const SEED_FILES: Record<string, string> = {
  kalmar: 'kalmar-kommun.txt',
  lerum: 'lerums-kommun.txt',
  eskilstuna: 'eskilstuna-kommun.txt',
  blekinge: 'region-blekinge.txt',
  stockholm: 'stockholms-stad-aldrenamnden.txt',
};

export function seedDocuments(): TestDocument[] {
  return SEED_DOCUMENTS.map(([id, respondent, respondentType]) => ({
    id,
    respondent,
    respondentType,
    fileName: SEED_FILES[id]!,
    blocks: paragraphsOf(readFileSync(join(SEEDS, SEED_FILES[id]!), 'utf8')),
  }));
}

/** The demo codebook; the seed file has no sortOrder, so file order is used. */
export function demoCodes(): CodebookEntry[] {
  const json = JSON.parse(readFileSync(join(SEEDS, 'sou-2024-72-codebook.json'), 'utf8')) as {
    codes: Omit<CodebookEntry, 'sortOrder'>[];
  };
  return json.codes.map((c, i) => ({ ...c, sortOrder: i + 1 }));
}

const P = 'sou2024-72-';
const tag = (code: string, stanceId: string | null) => ({ codeId: P + code, stanceId });

/** Exact passages of the seed texts, tagged the way a coder would. */
export const DEMO_ANNOTATIONS: TestAnnotation[] = [
  {
    documentId: 'kalmar',
    quote: 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning dygnet runt.',
    tags: [tag('4.1.1', 'supports')],
    comment: 'Tydligt stöd för lagkravet.',
  },
  {
    documentId: 'kalmar',
    quote:
      'Vi ser inte att vägen till förstärkt läkarmedverkan sker genom att kommunerna anställer egna läkare.',
    tags: [tag('5.4', 'opposes')],
    comment: 'Avstyrker i sak, men uttrycker det inte med ordet.',
  },
  {
    documentId: 'kalmar',
    quote: 'Vi stödjer utredningens bedömning att inte införa nya sanktionsregler',
    tags: [tag('4.4.3', 'supports')],
  },
  {
    documentId: 'kalmar',
    quote:
      'Vi stödjer utredningens förslag att regionens grundläggande ansvar för läkarmedverkan ska kvarstå oinskränkt.',
    tags: [tag('5', 'supports')],
    coderId: 'coder-2',
  },
  {
    documentId: 'lerum',
    quote:
      'Lerums kommun är positiv till betänkandets förslag om ett lagkrav på att regionen ska säkerställa medicinsk bedömning av läkare dygnet runt',
    tags: [tag('4.1.1', 'supports')],
  },
  {
    documentId: 'lerum',
    quote:
      'Lerums kommun ställer sig positiv till betänkandets förslag på att införa möjlighet för lämplig myndighet att meddela föreskrifter om avtal om läkarmedverkan men anser att begreppet läkaransvar är tydligare än läkarmedverkan.',
    tags: [tag('4.2.3', 'conditional')],
    comment: 'Positiv, men vill byta begrepp.',
  },
  {
    documentId: 'lerum',
    quote:
      'Lerums kommun instämmer i betänkandets förslag om lagkrav på att ledningsansvarig med medicinsk kompetens utses inom kommunal hälso- och sjukvård i alla kommuner.',
    tags: [tag('4.6', 'supports')],
  },
  {
    documentId: 'lerum',
    quote: 'Lerums kommun instämmer även i förslaget att regionen ska utse ledningsansvarig',
    tags: [tag('4.6.6', 'supports')],
  },
  {
    documentId: 'lerum',
    quote:
      'Lerums kommun motsätter sig inte betänkandets förslag på frivillighet, att det inte längre ska vara förbjudet att anställa läkare, men ser för egen del inga vinster med att anställa egna läkare.',
    tags: [tag('5.4', 'conditional')],
    comment: '”Motsätter sig inte” – negation, inte avstyrkan.',
  },
  {
    documentId: 'blekinge',
    quote:
      'Region Blekinge instämmer därför inte i förslaget att kommunerna frivilligt ska kunna anställa kliniskt verksamma läkare',
    tags: [tag('5.4', 'opposes')],
    coderId: 'coder-2',
  },
  {
    documentId: 'blekinge',
    quote:
      'Region Blekinge delar också utredarens bedömning att det inte bör införas regler om sanktioner inom ramen för regionernas ansvar för läkarmedverkan.',
    tags: [tag('4.4.3', 'supports')],
    coderId: 'coder-2',
  },
  {
    documentId: 'blekinge',
    quote:
      'Region Blekinge ställer sig tveksam till att ett lagkrav kan bidra till stärkt medicinsk läkarbedömning dygnet runt.',
    tags: [tag('4.1.1', 'sceptical')],
    coderId: 'coder-2',
    comment: 'Hänvisar till befintlig sekundärjour.',
  },
  {
    documentId: 'blekinge',
    quote: 'Region Blekinge ställer sig delvis positiv till förslaget.',
    tags: [tag('7.1.1', 'conditional')],
    coderId: 'coder-2',
  },
  {
    documentId: 'blekinge',
    quote: 'Regionen Blekinge anser att det är främst den regionala primärvården som behöver stärkas',
    tags: [tag('overgripande', 'other'), tag('5', 'supports')],
    coderId: 'coder-2',
  },
  {
    documentId: 'eskilstuna',
    quote:
      'Vård- och omsorgsnämnden ställer sig i huvudsak positiv till utredningens bedömningar och förslag.',
    tags: [tag('overgripande', 'supports')],
  },
  {
    documentId: 'eskilstuna',
    quote:
      'Vård- och omsorgsnämnden stödjer utredningens förslag om att kommunerna ges möjlighet att kunna erbjuda läkarinsatser för det patientnära kliniska arbetet.',
    tags: [tag('5.4', 'supports')],
  },
  {
    documentId: 'stockholm',
    quote:
      'Förvaltningen ställer sig positiv till förslaget att det ska införas krav att det på ledningsnivå ska finnas en särskild ledningsansvarig för hälso- och sjukvård inom kommunen och regionen.',
    tags: [tag('4.6', 'supports'), tag('4.6.6', 'supports')],
  },
  {
    documentId: 'stockholm',
    quote: 'Dagens ordning med regionerna som huvudmän för sjukvården bör inte ändras.',
    tags: [tag('5', 'supports'), tag('5.4', null)],
  },
];

export function demoSnapshot(extra: TestAnnotation[] = []): ProjectSnapshot {
  return buildTestSnapshot({
    name: 'Remissammanställning SOU 2024:72',
    reportTitle: 'SOU 2024:72 Stärkt medicinsk kompetens i kommunal hälso- och sjukvård',
    documents: seedDocuments(),
    codes: demoCodes(),
    annotations: [...DEMO_ANNOTATIONS, ...extra],
  });
}
