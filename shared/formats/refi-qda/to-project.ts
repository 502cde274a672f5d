// Maps a parsed REFI-QDA project to Remisskod documents, codes, coders and annotations.
import type {
  Annotation,
  AnnotationTag,
  CodebookEntry,
  Coder,
  RespondentType,
  Stance,
} from '../../domain/types';
import { RESPONDENT_TYPES } from '../../domain/types';
import { makeQuoteSelector } from '../../anchoring/quote-selector';
import type { RefiProject, RefiSelection, RefiSource } from './refi-types';
import { positionMap, toLf } from './positions';
import { splitCodeName, stanceForName } from './stance-codes';
import type { VARIABLES } from './build-qde';

/** How a source's positions were counted: CRLF as two characters (as written) or as one. */
export type LineEndingCount = 'lf' | 'crlf-as-two' | 'crlf-as-one';

export interface RefiDocument {
  /** The source's GUID. */
  id: string;
  respondent: string;
  respondentType: RespondentType;
  fileName: string;
  date: string | null;
  diaryNumber: string | null;
  /** The plain text with line ends as LF; annotation offsets are UTF-16 units into it. */
  text: string;
  lineEndings: LineEndingCount;
}

export interface RefiImport {
  documents: RefiDocument[];
  codes: CodebookEntry[];
  coders: Coder[];
  annotations: Annotation[];
  /** Sources without plain text (e.g. only a .docx): the caller converts them or reports them. */
  missingText: { sourceGuid: string; name: string; richTextPath: string | null; path: string | null }[];
  /** What was left out and why, for the import report. */
  problems: string[];
}

/** "internal://x.txt" → "sources/x.txt"; "relative://a/b.txt" → "a/b.txt"; absolute paths → null. */
export function resolveSourcePath(path: string): string | null {
  if (path.startsWith('internal://')) return `sources/${path.slice('internal://'.length)}`;
  if (path.startsWith('relative://')) return path.slice('relative://'.length);
  if (/^[a-z]+:\/\//i.test(path) || path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path)) return null;
  return path;
}

const DEFAULT_COLOUR = '#808080';
const UNKNOWN_CODER: Coder = { id: 'refi-unknown-coder', name: 'Okänd kodare' };
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Chooses how the tool counted CRLF: the reading under which selection names match the text best. */
function chooseLineEndings(
  raw: string,
  selections: readonly RefiSelection[],
): { mode: LineEndingCount; toLf: (cp: number) => number; text: string } {
  const lf = toLf(raw);
  const lfMap = positionMap(lf.text);
  if (!raw.includes('\r')) return { mode: 'lf', toLf: (cp) => lfMap.toUtf16(cp), text: lf.text };
  const rawMap = positionMap(raw);
  const modes = {
    'crlf-as-two': (cp: number) => lf.offset(rawMap.toUtf16(cp)),
    'crlf-as-one': (cp: number) => lfMap.toUtf16(cp),
  } as const;
  const score = (convert: (cp: number) => number, length: number) =>
    selections.reduce((sum, s) => {
      if (s.end > length) return sum - 1;
      if (!s.name) return sum;
      const got = squash(lf.text.slice(convert(s.start), convert(s.end)));
      const want = squash(s.name);
      // Names may be cut short (Remisskod writes at most 200 characters): then compare the beginning.
      return (
        sum + (want.length > 0 && (got === want || (want.length >= 150 && got.startsWith(want))) ? 1 : 0)
      );
    }, 0);
  const two = score(modes['crlf-as-two'], rawMap.codePointLength);
  const one = score(modes['crlf-as-one'], lfMap.codePointLength);
  const mode = one > two ? 'crlf-as-one' : 'crlf-as-two';
  return { mode, toLf: modes[mode], text: lf.text };
}

/**
 * Documents, codes, coders and annotations of a REFI project. `readText` gives the text
 * of a file inside the .qdpx (a path like "sources/x.txt"), or null when it is absent.
 * Stance child codes (named after a stance) become the stance of their parent code.
 */
export function refiToProject(
  project: RefiProject,
  readText: (path: string) => string | null,
  stances: readonly Stance[],
  now: string,
): RefiImport {
  const problems: string[] = [];
  const missingText: RefiImport['missingText'] = [];
  const codesByGuid = new Map(project.codes.map((c) => [c.guid, c]));
  const tagFor = new Map<string, AnnotationTag>();
  const codes: CodebookEntry[] = [];
  const hasStanceChild = new Set<string>();
  const hasChild = new Set<string>();
  project.codes.forEach((c) => {
    const stance = c.parentGuid !== null ? stanceForName(c.name, stances) : undefined;
    if (stance && c.parentGuid !== null) {
      tagFor.set(c.guid, { codeId: c.parentGuid, stanceId: stance.id });
      hasStanceChild.add(c.parentGuid);
    } else {
      tagFor.set(c.guid, { codeId: c.guid, stanceId: null });
      if (c.parentGuid !== null) hasChild.add(c.parentGuid);
    }
  });
  project.codes.forEach((c, i) => {
    if (tagFor.get(c.guid)!.stanceId !== null) return;
    const { section, title } = splitCodeName(c.name);
    const parent = c.parentGuid !== null && codesByGuid.has(c.parentGuid) ? c.parentGuid : null;
    const kind = hasStanceChild.has(c.guid) ? 'forslag' : hasChild.has(c.guid) ? 'chapter' : 'other';
    codes.push({
      id: c.guid,
      parentId: parent,
      section: section.slice(0, 50),
      title: title.slice(0, 1000),
      kind,
      description: c.description,
      colour: c.color ?? DEFAULT_COLOUR,
      sortOrder: i + 1,
    });
  });

  const users = new Map(
    project.users.map((u) => [u.guid, { id: u.id || u.guid, name: u.name || u.id || 'Okänd kodare' }]),
  );
  const coders = new Map<string, Coder>();
  const coderFor = (guid: string | null): Coder => {
    const coder = (guid && users.get(guid)) || (guid ? { id: guid, name: 'Okänd kodare' } : UNKNOWN_CODER);
    coders.set(coder.id, coder);
    return coder;
  };
  const notes = new Map(
    project.notes.map((n) => [
      n.guid,
      n.text || (n.plainTextPath ? (readText(resolveSourcePath(n.plainTextPath) ?? '') ?? '') : ''),
    ]),
  );
  const time = (value: string | null) =>
    value && !Number.isNaN(Date.parse(value)) ? new Date(Date.parse(value)).toISOString() : now;

  const documents: RefiDocument[] = [];
  const annotations: Annotation[] = [];
  for (const source of project.sources) {
    const raw = sourceText(source, readText);
    if (raw === null) {
      missingText.push({
        sourceGuid: source.guid,
        name: source.name,
        richTextPath: source.richTextPath,
        path: source.path,
      });
      continue;
    }
    const lines = chooseLineEndings(raw, source.selections);
    const rawLength = positionMap(raw).codePointLength;
    const text = lines.text;
    const v = (name: (typeof VARIABLES)[number][0]) => source.variables[name]?.trim() || null;
    const type = v('Typ av remissinstans');
    const date = v('Datum');
    documents.push({
      id: source.guid,
      respondent: v('Remissinstans') ?? (source.name || source.guid),
      respondentType:
        type && (RESPONDENT_TYPES as readonly string[]).includes(type) ? (type as RespondentType) : 'other',
      fileName: v('Filnamn') ?? (source.name || `${source.guid}.txt`),
      date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
      diaryNumber: v('Diarienummer'),
      text,
      lineEndings: lines.mode,
    });
    for (const s of source.selections) {
      const start = lines.toLf(s.start);
      const end = lines.toLf(s.end);
      if (s.end > rawLength && lines.mode !== 'crlf-as-one') {
        problems.push(`selection ${s.guid} in "${source.name}" lies beyond the end of the text`);
        continue;
      }
      if (end <= start) {
        problems.push(`selection ${s.guid} in "${source.name}" is empty`);
        continue;
      }
      const tags = s.codings.flatMap((c) => {
        const tag = tagFor.get(c.codeGuid);
        if (!tag) problems.push(`selection ${s.guid} refers to the unknown code ${c.codeGuid}`);
        return tag ? [tag] : [];
      });
      if (tags.length === 0) {
        problems.push(`selection ${s.guid} in "${source.name}" has no codes`);
        continue;
      }
      const unique = [...new Map(tags.map((t) => [`${t.codeId}/${t.stanceId}`, t])).values()];
      const comment = [s.description, ...s.noteGuids.map((g) => notes.get(g) ?? '')]
        .filter((x) => x.trim() !== '')
        .join('\n\n');
      const coder = coderFor(s.creatingUser ?? s.codings[0]?.creatingUser ?? null);
      annotations.push({
        id: s.guid,
        documentId: source.guid,
        start,
        end,
        ...makeQuoteSelector(text, start, end),
        tags: unique,
        comment,
        coderId: coder.id,
        origin: 'import',
        createdAt: time(s.creationDateTime),
        updatedAt: time(s.modifiedDateTime ?? s.creationDateTime),
      });
    }
  }
  return { documents, codes, coders: [...coders.values()], annotations, missingText, problems };
}

function sourceText(source: RefiSource, readText: (path: string) => string | null): string | null {
  if (source.plainTextContent !== null) return source.plainTextContent;
  if (source.plainTextPath) {
    const path = resolveSourcePath(source.plainTextPath);
    return path === null ? null : readText(path);
  }
  return null;
}
