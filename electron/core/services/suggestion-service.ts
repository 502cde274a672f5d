// Suggestions for stored documents: runs the pure suggester, hides rejected and already-tagged ones, accepts and rejects.
import type { Database } from 'better-sqlite3';
import { ApiError } from '../../../shared/api/api-error';
import type { SuggestAllResult } from '../../../shared/api/channels/suggestions';
import type { Annotation } from '../../../shared/domain/types';
import { suggestForDocument, type Suggestion } from '../../../shared/suggest';
import { listAnnotationsForDocument } from '../db/tables/annotations';
import { listCodes } from '../db/tables/codes';
import { getDocument } from '../db/tables/documents';
import { listStances } from '../db/tables/stances';
import { insertRejection, rejectedKeysForDocument } from '../db/tables/suggestion-rejections';
import { createAnnotation } from './annotation-service';
import type { JobRegistry } from './job-registry';

interface ParsedKey {
  documentId: string;
  start: number;
  end: number;
  codeId: string;
}

function parseKey(key: string): ParsedKey {
  const m = /^([^:]+):(\d+):(\d+):(.+)$/u.exec(key);
  if (!m) throw new ApiError('invalid_suggestion', `"${key}" is not a suggestion key.`, { key });
  return { documentId: m[1]!, start: Number(m[2]), end: Number(m[3]), codeId: m[4]! };
}

function isCovered(s: Suggestion, annotations: Annotation[]): boolean {
  return annotations.some(
    (a) => a.start < s.end && s.start < a.end && a.tags.some((t) => t.codeId === s.codeId),
  );
}

/** Everything the suggester proposes for a document, including rejected and covered ones. */
function rawSuggestions(db: Database, documentId: string, rejectedKeys?: Set<string>): Suggestion[] {
  const doc = getDocument(db, documentId);
  if (!doc)
    throw new ApiError('document_not_found', `No document with id ${documentId}.`, { id: documentId });
  return suggestForDocument(
    { documentId, text: doc.text, blocks: doc.blocks },
    listCodes(db),
    listStances(db),
    rejectedKeys ? { rejectedKeys } : {},
  );
}

/** Suggestions to show: not rejected, and not already tagged with the same proposal over an overlapping span. */
export function suggestionsForDocument(db: Database, documentId: string): Suggestion[] {
  const suggestions = rawSuggestions(db, documentId, rejectedKeysForDocument(db, documentId));
  const annotations = listAnnotationsForDocument(db, documentId);
  return suggestions.filter((s) => !isCovered(s, annotations));
}

export interface AcceptInput {
  key: string;
  start?: number;
  end?: number;
  codeId?: string;
  stanceId?: string | null;
}

/** Turns a suggestion (optionally changed) into a normal annotation by `coderId`, marked origin 'suggestion'. */
export function acceptSuggestion(db: Database, coderId: string, input: AcceptInput): Annotation {
  const key = parseKey(input.key);
  const found = rawSuggestions(db, key.documentId).find((s) => s.key === input.key);
  return createAnnotation(db, coderId, {
    documentId: key.documentId,
    start: input.start ?? found?.start ?? key.start,
    end: input.end ?? found?.end ?? key.end,
    tags: [
      {
        codeId: input.codeId ?? found?.codeId ?? key.codeId,
        stanceId: input.stanceId !== undefined ? input.stanceId : (found?.stanceId ?? null),
      },
    ],
    origin: 'suggestion',
  });
}

/** Remembers that a suggestion was rejected, so it is not suggested again. */
export function rejectSuggestion(db: Database, coderId: string | null, key: string): void {
  const parsed = parseKey(key);
  if (!db.prepare('SELECT 1 FROM documents WHERE id = ?').get(parsed.documentId)) {
    throw new ApiError('document_not_found', `No document with id ${parsed.documentId}.`, {
      id: parsed.documentId,
    });
  }
  insertRejection(db, {
    key,
    documentId: parsed.documentId,
    codeId: parsed.codeId,
    coderId,
    rejectedAt: new Date().toISOString(),
  });
}

/** Starts a background job that counts the suggestions of every document; returns the job id. */
export function startSuggestAll(db: Database, jobs: JobRegistry): string {
  const docs = db
    .prepare('SELECT id, respondent FROM documents ORDER BY respondent COLLATE NOCASE')
    .all() as Array<{
    id: string;
    respondent: string;
  }>;
  const byDocument: SuggestAllResult['byDocument'] = [];
  return jobs.start({
    kind: 'suggestions:all',
    items: docs,
    step: (doc) => {
      if (!db.open) throw new ApiError('project_closed', 'The project was closed while suggesting.');
      byDocument.push({
        documentId: doc.id,
        respondent: doc.respondent,
        count: suggestionsForDocument(db, doc.id).length,
      });
    },
    finish: (): SuggestAllResult => ({ total: byDocument.reduce((n, d) => n + d.count, 0), byDocument }),
  });
}
