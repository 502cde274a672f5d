// The codebook as CSV (section;title;kind;parent): parser with line-numbered errors, and writer.
import type { CodebookEntry, CodeKind } from '../../domain/types';
import { CodebookFormatError, type ParsedCodebook } from './codebook-json';
import { parseDelimited, quoteCell } from './parse-delimited';

const KIND_WORDS: Record<string, CodeKind> = {
  förslag: 'forslag',
  forslag: 'forslag',
  proposal: 'forslag',
  bedömning: 'bedomning',
  bedomning: 'bedomning',
  assessment: 'bedomning',
  kapitel: 'chapter',
  chapter: 'chapter',
  allmän: 'general',
  allman: 'general',
  general: 'general',
  övergripande: 'general',
  övrigt: 'other',
  ovrigt: 'other',
  other: 'other',
  '': 'forslag',
};

const HEADER_WORDS = ['section', 'avsnitt'];
const PALETTE = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
];

/** Parses CSV rows `section;title;kind;parent` where parent is the parent's section or title. */
export function parseCodebookCsv(text: string, fileName: string, newId: () => string): ParsedCodebook {
  const records = parseDelimited(text);
  const problems: string[] = [];
  const rows = records.filter(
    (r, i) => !(i === 0 && HEADER_WORDS.includes((r.cells[0] ?? '').trim().toLowerCase())),
  );
  if (!rows.length) throw new CodebookFormatError(fileName, ['the file has no codes']);
  const codes: CodebookEntry[] = [];
  const byKey = new Map<string, CodebookEntry>();
  const parentOf = new Map<CodebookEntry, { key: string; line: number }>();
  rows.forEach((r, i) => {
    const [section = '', title = '', kind = '', parent = ''] = r.cells.map((c) => c.trim());
    if (r.cells.length > 4 && r.cells.slice(4).some((c) => c.trim())) {
      problems.push(`line ${r.line}: more than four columns (section;title;kind;parent)`);
      return;
    }
    if (!title) {
      problems.push(`line ${r.line}: the title is empty`);
      return;
    }
    if (section.length > 50) problems.push(`line ${r.line}: the section number is longer than 50 characters`);
    const mapped = KIND_WORDS[kind.toLowerCase()];
    if (!mapped) {
      problems.push(
        `line ${r.line}: unknown kind "${kind}" (use förslag, bedömning, kapitel, övergripande or övrigt)`,
      );
      return;
    }
    const code: CodebookEntry = {
      id: newId(),
      parentId: null,
      section,
      title,
      kind: mapped,
      description: '',
      colour: PALETTE[i % PALETTE.length]!,
      sortOrder: i + 1,
    };
    codes.push(code);
    for (const key of [section, title]) if (key && !byKey.has(key)) byKey.set(key, code);
    if (parent) parentOf.set(code, { key: parent, line: r.line });
  });
  for (const [code, { key, line }] of parentOf) {
    const parent = byKey.get(key);
    if (!parent) problems.push(`line ${line}: the parent "${key}" is not in the file`);
    else if (parent === code) problems.push(`line ${line}: a code cannot be its own parent`);
    else code.parentId = parent.id;
  }
  if (problems.length) throw new CodebookFormatError(fileName, problems);
  return { reportTitle: null, stances: null, codes };
}

const KIND_OUT: Record<CodeKind, string> = {
  forslag: 'förslag',
  bedomning: 'bedömning',
  chapter: 'kapitel',
  general: 'övergripande',
  other: 'övrigt',
};

export function writeCodebookCsv(codes: CodebookEntry[], delimiter = ';'): string {
  const byId = new Map(codes.map((c) => [c.id, c]));
  const lines = [['section', 'title', 'kind', 'parent'].join(delimiter)];
  for (const c of codes) {
    const parent = c.parentId ? byId.get(c.parentId) : undefined;
    const parentKey = parent ? parent.section || parent.title : '';
    lines.push(
      [c.section, c.title, KIND_OUT[c.kind], parentKey].map((v) => quoteCell(v, delimiter)).join(delimiter),
    );
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
