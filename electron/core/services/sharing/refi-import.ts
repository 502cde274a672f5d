// Imports a REFI-QDA .qdpx into a project in one transaction: sources, codes, users, codings, notes.
import { createHash } from 'node:crypto';
import type { Output } from '../../../../shared/api/contract';
import type { Block, CodebookEntry, ImportedDocument } from '../../../../shared/domain/types';
import { resolveSourcePath, type RefiDocument } from '../../../../shared/formats/refi-qda';
import { importFileBytes } from '../../../importers/import-file';
import { importQdpx } from '../../../sharing/qdpx';
import { getAnnotation, insertAnnotation } from '../../db/tables/annotations';
import { listCodes } from '../../db/tables/codes';
import { listCoders } from '../../db/tables/coders';
import { findDocumentByHash, getDocumentSummary, insertDocument } from '../../db/tables/documents';
import { listStances } from '../../db/tables/stances';
import type { ProjectSession } from '../../project/project-session';
import { insertCodebook } from '../codebook-service';

export type QdpxImportResult = Output<'sharing:importQdpx'>;

const key = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * A REFI source as a document. Positions in REFI refer to the exact plain text, so the text
 * is kept as written (line ends as LF) and each line becomes one block: no cleaning, so
 * every coding stays where the other tool put it.
 */
export function refiSourceAsDocument(d: RefiDocument): ImportedDocument {
  const blocks: Block[] = [];
  let offset = 0;
  for (const line of d.text.split('\n')) {
    blocks.push({ type: 'paragraph', start: offset, end: offset + line.length, line: blocks.length + 1 });
    offset += line.length + 1;
  }
  return {
    fileName: d.fileName,
    respondent: d.respondent,
    respondentType: d.respondentType,
    date: d.date,
    diaryNumber: d.diaryNumber,
    sourceFormat: 'qdpx',
    text: d.text,
    rawText: d.text,
    blocks,
    contentHash: createHash('sha256').update(d.text).digest('hex'),
  };
}

/** Converts sources that only come as .docx (no plain text); their codings cannot be placed. */
async function convertRichSources(
  imported: ReturnType<typeof importQdpx>,
  problems: string[],
): Promise<ImportedDocument[]> {
  const converted: ImportedDocument[] = [];
  for (const m of imported.missingText) {
    const path = m.richTextPath ? resolveSourcePath(m.richTextPath) : null;
    const bytes = path ? imported.contents.readFile(path) : null;
    if (!bytes) {
      problems.push(`the source "${m.name}" has no text this app can read; it was left out`);
      continue;
    }
    try {
      const name = m.name.toLowerCase().endsWith('.docx') ? m.name : `${m.name}.docx`;
      converted.push({ ...(await importFileBytes(name, bytes)), respondent: m.name || name });
      problems.push(
        `the source "${m.name}" came only as .docx: its text was imported, its codings were left out`,
      );
    } catch (error) {
      problems.push(`the source "${m.name}" could not be read: ${(error as Error).message}`);
    }
  }
  return converted;
}

/** Reads the archive (throwing FileFormatError naming it) and writes everything or nothing. */
export async function importQdpxInto(
  session: ProjectSession,
  data: Uint8Array,
  fileName: string,
  now: string,
): Promise<QdpxImportResult> {
  const imported = importQdpx(data, fileName, listStances(session.db), now);
  const problems = [...imported.problems];
  const rich = await convertRichSources(imported, problems);
  return session.transaction(() => {
    const db = session.db;
    const result: QdpxImportResult = {
      documents: 0,
      reusedDocuments: 0,
      codes: 0,
      coders: 0,
      annotations: 0,
      unchanged: 0,
      problems,
    };
    const documentIds = new Map<string, string>();
    const addDocument = (doc: ImportedDocument, id?: string): string => {
      const existing = findDocumentByHash(db, doc.contentHash);
      if (existing) {
        result.reusedDocuments += 1;
        return existing.id;
      }
      result.documents += 1;
      return insertDocument(db, doc, id && !getDocumentSummary(db, id) ? id : undefined);
    };
    for (const d of imported.documents) documentIds.set(d.id, addDocument(refiSourceAsDocument(d), d.id));
    for (const doc of rich) addDocument(doc);

    const local = listCodes(db);
    const localIds = new Set(local.map((c) => c.id));
    const bySectionTitle = new Map(local.map((c) => [`${key(c.section)}\u0000${key(c.title)}`, c.id]));
    const codeIds = new Map<string, string>();
    for (const c of imported.codes) {
      const hit = localIds.has(c.id) ? c.id : bySectionTitle.get(`${key(c.section)}\u0000${key(c.title)}`);
      codeIds.set(c.id, hit ?? c.id);
    }
    const base = Math.max(0, ...local.map((c) => c.sortOrder)) + 1;
    const fresh: CodebookEntry[] = imported.codes
      .filter((c) => codeIds.get(c.id) === c.id && !localIds.has(c.id))
      .map((c) => ({
        ...c,
        parentId: c.parentId === null ? null : (codeIds.get(c.parentId) ?? null),
        sortOrder: base + c.sortOrder,
      }));
    insertCodebook(db, fresh);
    result.codes = fresh.length;

    const coders = listCoders(db);
    const coderIds = new Map<string, string>();
    const insertCoder = db.prepare('INSERT INTO coders (id, name, created_at) VALUES (?, ?, ?)');
    for (const c of imported.coders) {
      const hit = coders.find((l) => l.id === c.id) ?? coders.find((l) => key(l.name) === key(c.name));
      if (hit) coderIds.set(c.id, hit.id);
      else {
        insertCoder.run(c.id, c.name, now);
        coders.push(c);
        coderIds.set(c.id, c.id);
        result.coders += 1;
      }
    }

    for (const a of imported.annotations) {
      if (getAnnotation(db, a.id)) {
        result.unchanged += 1;
        continue;
      }
      const tags = [
        ...new Map(
          a.tags.map((t) => {
            const codeId = codeIds.get(t.codeId) ?? t.codeId;
            return [codeId, { codeId, stanceId: t.stanceId }] as const;
          }),
        ).values(),
      ];
      insertAnnotation(db, {
        ...a,
        documentId: documentIds.get(a.documentId) ?? a.documentId,
        coderId: coderIds.get(a.coderId) ?? a.coderId,
        tags,
      });
      result.annotations += 1;
    }
    return result;
  });
}
