// Preview of importing a colleague's annotation file: what is matched, added, updated or orphaned.
import type { ProjectSnapshot } from '../domain/project-snapshot';
import type { Annotation, CodebookEntry, DocumentFull, Stance } from '../domain/types';
import type { AnnotationFile, FileAnnotation, FileDocument } from '../formats/annotation-file/schema';
import { makeQuoteSelector } from '../anchoring/quote-selector';
import { prepareText, reanchor, type AnchorStatus } from '../anchoring/reanchor';
import { textFingerprint } from './fingerprint';

export type DocumentMatchKind =
  'fingerprint' | 'respondent-and-file-name' | 'file-name' | 'respondent' | 'none';

export interface DocumentMatch {
  fileDocumentId: string;
  respondent: string;
  fileName: string;
  localDocumentId: string | null;
  by: DocumentMatchKind;
  /** Matched by name only: the texts differ, so the user should confirm it is the same answer. */
  needsConfirmation: boolean;
}

export interface CodeMatch {
  fileCodeId: string;
  section: string;
  title: string;
  /** Local id the file's code maps to; for a new code, the id it will be created with. */
  localCodeId: string;
  by: 'id' | 'section-and-title' | 'new';
  /** The entry to create, with its parent mapped to local ids (only when `by` is "new"). */
  newEntry: CodebookEntry | null;
}

export interface StanceMatch {
  fileStanceId: string;
  localStanceId: string;
  by: 'id' | 'label' | 'new';
  newStance: Stance | null;
}

export interface CoderMatch {
  coderId: string;
  name: string;
  isNew: boolean;
}

export type AnnotationAction = 'add' | 'update' | 'unchanged' | 'orphan';

export interface AnnotationPlan {
  action: AnnotationAction;
  annotationId: string;
  fileDocumentId: string;
  localDocumentId: string | null;
  coderId: string;
  /** How the passage was found in the local text (orphan when it was not). */
  anchor: AnchorStatus;
  /** Confidence of the placement (0–1). */
  score: number;
  /** Why: shown to the user in the preview. */
  reason: string;
  /** The document was matched by name only; apply only after the user confirms. */
  needsConfirmation: boolean;
  /** The annotation to write (add/update), placed in the local text; for an orphan, as the file has it. */
  annotation: Annotation;
}

export interface MergePlan {
  exportedBy: { id: string; name: string };
  documents: DocumentMatch[];
  codes: CodeMatch[];
  stances: StanceMatch[];
  coders: CoderMatch[];
  annotations: AnnotationPlan[];
  summary: Record<AnnotationAction, number> & {
    needsConfirmation: number;
    unmatchedDocuments: number;
    newCodes: number;
  };
}

const key = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

function matchDocuments(local: readonly DocumentFull[], documents: readonly FileDocument[]): DocumentMatch[] {
  const byFingerprint = new Map<string, DocumentFull>();
  for (const d of local)
    if (!byFingerprint.has(textFingerprint(d.text))) byFingerprint.set(textFingerprint(d.text), d);
  const unique = <T>(xs: T[]): T | null => (xs.length === 1 ? xs[0]! : null);
  return documents.map((fd) => {
    const base = { fileDocumentId: fd.id, respondent: fd.respondent, fileName: fd.fileName };
    const same = byFingerprint.get(fd.fingerprint);
    if (same) return { ...base, localDocumentId: same.id, by: 'fingerprint', needsConfirmation: false };
    const tries: [DocumentMatchKind, (d: DocumentFull) => boolean][] = [
      [
        'respondent-and-file-name',
        (d) => key(d.fileName) === key(fd.fileName) && key(d.respondent) === key(fd.respondent),
      ],
      ['file-name', (d) => key(fd.fileName) !== '' && key(d.fileName) === key(fd.fileName)],
      ['respondent', (d) => key(fd.respondent) !== '' && key(d.respondent) === key(fd.respondent)],
    ];
    for (const [by, test] of tries) {
      const hit = unique(local.filter(test));
      if (hit) return { ...base, localDocumentId: hit.id, by, needsConfirmation: true };
    }
    return { ...base, localDocumentId: null, by: 'none', needsConfirmation: false };
  });
}

function matchCodes(local: readonly CodebookEntry[], codebook: readonly CodebookEntry[]): CodeMatch[] {
  const ids = new Set(local.map((c) => c.id));
  const bySectionTitle = new Map(local.map((c) => [`${key(c.section)}\u0000${key(c.title)}`, c.id]));
  const matches = codebook.map((c): CodeMatch => {
    const base = { fileCodeId: c.id, section: c.section, title: c.title };
    if (ids.has(c.id)) return { ...base, localCodeId: c.id, by: 'id', newEntry: null };
    const hit = bySectionTitle.get(`${key(c.section)}\u0000${key(c.title)}`);
    if (hit !== undefined) return { ...base, localCodeId: hit, by: 'section-and-title', newEntry: null };
    return { ...base, localCodeId: c.id, by: 'new', newEntry: { ...c } };
  });
  const map = new Map(matches.map((m) => [m.fileCodeId, m.localCodeId]));
  for (const m of matches)
    if (m.newEntry?.parentId) m.newEntry.parentId = map.get(m.newEntry.parentId) ?? null;
  return matches;
}

function matchStances(local: readonly Stance[], stances: readonly Stance[]): StanceMatch[] {
  const ids = new Set(local.map((s) => s.id));
  const byLabel = new Map<string, string>();
  for (const s of local) for (const label of [s.labelSv, s.labelEn]) byLabel.set(key(label), s.id);
  return stances.map((s) => {
    if (ids.has(s.id)) return { fileStanceId: s.id, localStanceId: s.id, by: 'id', newStance: null };
    const hit = byLabel.get(key(s.labelSv)) ?? byLabel.get(key(s.labelEn));
    if (hit !== undefined) return { fileStanceId: s.id, localStanceId: hit, by: 'label', newStance: null };
    return { fileStanceId: s.id, localStanceId: s.id, by: 'new', newStance: { ...s } };
  });
}

const sameContent = (a: Annotation, b: Annotation): boolean =>
  a.documentId === b.documentId &&
  a.start === b.start &&
  a.end === b.end &&
  a.comment === b.comment &&
  a.coderId === b.coderId &&
  JSON.stringify(a.tags) === JSON.stringify(b.tags);

const sameTags = (a: Annotation, b: Annotation): boolean =>
  JSON.stringify([...a.tags].map((t) => `${t.codeId}/${t.stanceId}`).sort()) ===
  JSON.stringify([...b.tags].map((t) => `${t.codeId}/${t.stanceId}`).sort());

/**
 * Plans the import of `file` into `snapshot` without changing anything. Documents are
 * matched by fingerprint, else by respondent/file name (to be confirmed); codes by id, else
 * by section and title, else new; each annotation is re-anchored in the local text.
 */
export function planMerge(snapshot: ProjectSnapshot, file: AnnotationFile): MergePlan {
  const documents = matchDocuments(snapshot.documents, file.documents);
  const codes = matchCodes(snapshot.codes, file.codebook);
  const stances = matchStances(snapshot.stances, file.stances);
  const codeMap = new Map(codes.map((c) => [c.fileCodeId, c.localCodeId]));
  const stanceMap = new Map(stances.map((s) => [s.fileStanceId, s.localStanceId]));
  const localDocs = new Map(snapshot.documents.map((d) => [d.id, d]));
  const localById = new Map(snapshot.annotations.map((a) => [a.id, a]));
  const localCoders = new Set(snapshot.coders.map((c) => c.id));
  const coders = new Map<string, CoderMatch>();
  const annotations: AnnotationPlan[] = [];

  file.documents.forEach((fd, i) => {
    const match = documents[i]!;
    const doc = match.localDocumentId === null ? null : localDocs.get(match.localDocumentId)!;
    const prepared = doc ? prepareText(doc.text) : null;
    for (const fa of fd.annotations) {
      if (!coders.has(fa.coder.id))
        coders.set(fa.coder.id, {
          coderId: fa.coder.id,
          name: fa.coder.name,
          isNew: !localCoders.has(fa.coder.id),
        });
      const asInFile = toAnnotation(
        fa,
        match.localDocumentId ?? fd.id,
        fa.position.start,
        fa.position.end,
        fa.quote,
        codeMap,
        stanceMap,
      );
      const base = {
        annotationId: fa.id,
        fileDocumentId: fd.id,
        localDocumentId: match.localDocumentId,
        coderId: fa.coder.id,
        needsConfirmation: match.needsConfirmation,
      };
      if (!doc || !prepared) {
        annotations.push({
          ...base,
          action: 'orphan',
          anchor: 'orphan',
          score: 0,
          reason: 'its document is not in this project',
          annotation: asInFile,
        });
        continue;
      }
      const placed = reanchor(prepared, { ...fa.position, ...fa.quote });
      if (placed.status === 'orphan' || placed.start === undefined || placed.end === undefined) {
        annotations.push({
          ...base,
          action: 'orphan',
          anchor: 'orphan',
          score: 0,
          reason: "the passage could not be found with confidence in this project's text",
          annotation: asInFile,
        });
        continue;
      }
      const annotation = toAnnotation(
        fa,
        doc.id,
        placed.start,
        placed.end,
        makeQuoteSelector(doc.text, placed.start, placed.end),
        codeMap,
        stanceMap,
      );
      const where = { anchor: placed.status, score: placed.score };
      const existing = localById.get(fa.id);
      if (existing) {
        if (sameContent(existing, annotation))
          annotations.push({
            ...base,
            ...where,
            action: 'unchanged',
            reason: 'already in the project',
            annotation,
          });
        else if (Date.parse(annotation.updatedAt) > Date.parse(existing.updatedAt))
          annotations.push({
            ...base,
            ...where,
            action: 'update',
            reason: 'the file has a newer version',
            annotation,
          });
        else
          annotations.push({
            ...base,
            ...where,
            action: 'unchanged',
            reason: 'the project has the same or a newer version',
            annotation: existing,
          });
        continue;
      }
      const twin = snapshot.annotations.find(
        (a) =>
          a.documentId === doc.id &&
          a.coderId === annotation.coderId &&
          a.start === annotation.start &&
          a.end === annotation.end &&
          sameTags(a, annotation),
      );
      if (twin) {
        annotations.push({
          ...base,
          ...where,
          action: 'unchanged',
          reason: `the same coder already tagged this passage alike (${twin.id})`,
          annotation: twin,
        });
        continue;
      }
      const reason =
        placed.status === 'fuzzy' ? 'new; placed by a close match because the text differs' : 'new';
      annotations.push({ ...base, ...where, action: 'add', reason, annotation });
    }
  });

  const count = (action: AnnotationAction) => annotations.filter((a) => a.action === action).length;
  return {
    exportedBy: file.exportedBy,
    documents,
    codes,
    stances,
    coders: [...coders.values()],
    annotations,
    summary: {
      add: count('add'),
      update: count('update'),
      unchanged: count('unchanged'),
      orphan: count('orphan'),
      needsConfirmation: annotations.filter((a) => a.needsConfirmation && a.action !== 'unchanged').length,
      unmatchedDocuments: documents.filter((d) => d.localDocumentId === null).length,
      newCodes: codes.filter((c) => c.by === 'new').length,
    },
  };
}

function toAnnotation(
  fa: FileAnnotation,
  documentId: string,
  start: number,
  end: number,
  quote: { exact: string; prefix: string; suffix: string },
  codeMap: Map<string, string>,
  stanceMap: Map<string, string>,
): Annotation {
  return {
    id: fa.id,
    documentId,
    start,
    end,
    exact: quote.exact,
    prefix: quote.prefix,
    suffix: quote.suffix,
    tags: fa.tags.map((t) => ({
      codeId: codeMap.get(t.codeId) ?? t.codeId,
      stanceId: t.stanceId === null ? null : (stanceMap.get(t.stanceId) ?? t.stanceId),
    })),
    comment: fa.comment,
    coderId: fa.coder.id,
    origin: fa.origin,
    createdAt: fa.createdAt,
    updatedAt: fa.updatedAt,
  };
}
