// The words of the compilation and the exports in Swedish (default) and English.
import type { CodeKind, RespondentType, Stance } from '../domain/types';

export type ExportLocale = 'sv' | 'en';

export interface CompilationLabels {
  compilationTitle: string;
  summaryHeading: string;
  proposalsHeading: string;
  proposal: string;
  section: string;
  respondent: string;
  respondentType: string;
  respondents: string;
  document: string;
  page: string;
  paragraph: string;
  stance: string;
  excerpt: string;
  excerpts: string;
  comment: string;
  coder: string;
  created: string;
  updated: string;
  noStance: string;
  noExcerpts: string;
  project: string;
  report: string;
  filter: string;
  generated: string;
  aboutExport: string;
  excerptsSheet: string;
  matrixSheet: string;
  aboutSheet: string;
  total: string;
  conflict: string;
  pageAbbrev: string;
  paragraphAbbrev: string;
  all: string;
  proposalsFilter: string;
  respondentsFilter: string;
  stancesFilter: string;
  codersFilter: string;
  noFilter: string;
  respondentTypes: Record<RespondentType, string>;
  codeKinds: Record<CodeKind, string>;
  pageOf: string;
  excerptCount: string;
}

const SV: CompilationLabels = {
  compilationTitle: 'Remissammanställning',
  summaryHeading: 'Sammanfattning av ställningstaganden',
  proposalsHeading: 'Synpunkter per förslag',
  proposal: 'Förslag',
  section: 'Avsnitt',
  respondent: 'Remissinstans',
  respondentType: 'Typ av remissinstans',
  respondents: 'Remissinstanser',
  document: 'Dokument',
  page: 'Sida',
  paragraph: 'Stycke',
  stance: 'Ställningstagande',
  excerpt: 'Utdrag',
  excerpts: 'Utdrag',
  comment: 'Kommentar',
  coder: 'Kodare',
  created: 'Skapad',
  updated: 'Ändrad',
  noStance: 'Inget ställningstagande angivet',
  noExcerpts: 'Inga synpunkter har kodats för detta förslag.',
  project: 'Projekt',
  report: 'Betänkande',
  filter: 'Urval',
  generated: 'Skapad',
  aboutExport: 'Om exporten',
  excerptsSheet: 'Utdrag',
  matrixSheet: 'Matris',
  aboutSheet: 'Om exporten',
  total: 'Summa',
  conflict: 'Motstridiga ställningstaganden',
  pageAbbrev: 's.',
  paragraphAbbrev: 'st.',
  all: 'alla',
  proposalsFilter: 'Förslag',
  respondentsFilter: 'Remissinstanser',
  stancesFilter: 'Ställningstaganden',
  codersFilter: 'Kodare',
  noFilter: 'Alla förslag, remissinstanser, ställningstaganden och kodare (inget urval)',
  respondentTypes: {
    kommun: 'Kommun',
    region: 'Region',
    myndighet: 'Myndighet',
    organisation: 'Organisation',
    other: 'Övrig',
  },
  codeKinds: {
    forslag: 'Förslag',
    bedomning: 'Bedömning',
    chapter: 'Kapitel',
    general: 'Övergripande',
    other: 'Övrigt',
  },
  pageOf: 'Sida',
  excerptCount: 'Antal utdrag',
};

const EN: CompilationLabels = {
  compilationTitle: 'Consultation compilation',
  summaryHeading: 'Summary of stances',
  proposalsHeading: 'Comments per proposal',
  proposal: 'Proposal',
  section: 'Section',
  respondent: 'Respondent',
  respondentType: 'Respondent type',
  respondents: 'Respondents',
  document: 'Document',
  page: 'Page',
  paragraph: 'Paragraph',
  stance: 'Stance',
  excerpt: 'Excerpt',
  excerpts: 'Excerpts',
  comment: 'Comment',
  coder: 'Coder',
  created: 'Created',
  updated: 'Updated',
  noStance: 'No stance given',
  noExcerpts: 'No comments have been coded for this proposal.',
  project: 'Project',
  report: 'Report',
  filter: 'Filter',
  generated: 'Generated',
  aboutExport: 'About this export',
  excerptsSheet: 'Excerpts',
  matrixSheet: 'Matrix',
  aboutSheet: 'About',
  total: 'Total',
  conflict: 'Conflicting stances',
  pageAbbrev: 'p.',
  paragraphAbbrev: 'para.',
  all: 'all',
  proposalsFilter: 'Proposals',
  respondentsFilter: 'Respondents',
  stancesFilter: 'Stances',
  codersFilter: 'Coders',
  noFilter: 'All proposals, respondents, stances and coders (no filter)',
  respondentTypes: {
    kommun: 'Municipality',
    region: 'Region',
    myndighet: 'Government agency',
    organisation: 'Organisation',
    other: 'Other',
  },
  codeKinds: {
    forslag: 'Proposal',
    bedomning: 'Assessment',
    chapter: 'Chapter',
    general: 'General',
    other: 'Other',
  },
  pageOf: 'Page',
  excerptCount: 'Excerpts',
};

export function compilationLabels(locale: ExportLocale): CompilationLabels {
  return locale === 'en' ? EN : SV;
}

export function stanceLabel(stance: Stance, locale: ExportLocale): string {
  return locale === 'en' ? stance.labelEn : stance.labelSv;
}
