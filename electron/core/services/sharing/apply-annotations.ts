// Applies an annotation file to the open project in one transaction: codes, coders, annotations, orphans.
import type { Output } from '../../../../shared/api/contract';
import type { Annotation, AnnotationTag } from '../../../../shared/domain/types';
import type { AnnotationPlan } from '../../../../shared/sharing/plan-merge';
import { getAnnotation, insertAnnotation, replaceAnnotation } from '../../db/tables/annotations';
import { deleteOrphan, insertOrphan, type OrphanTag } from '../../db/tables/orphans';
import { upsertStance } from '../../db/tables/stances';
import type { ProjectSession } from '../../project/project-session';
import { insertCodebook } from '../codebook-service';
import { readProjectSnapshot } from '../snapshot-service';
import { planImport, reasonFor, type ShareReason } from './plan-import';

export interface ApplyOptions {
  fileName: string;
  content: string;
  /** File document ids of name-matched documents the user confirmed. */
  confirmDocuments: readonly string[];
  createCodes: boolean;
}

export type ApplyResult = Output<'sharing:applyAnnotations'>;

const codeLabel = (c: { section: string; title: string }) =>
  c.section ? `${c.section} ${c.title}` : c.title;

/** One tag per proposal, in the file's order (two file codes may map to one local code). */
function uniqueTags(tags: readonly AnnotationTag[]): AnnotationTag[] {
  return [...new Map(tags.map((t) => [t.codeId, t])).values()];
}

/**
 * Imports the file: new codes, stances and coders first, then each annotation is added or
 * updated (keeping its coder) or stored as an orphan. All or nothing; a second import of the
 * same file changes nothing.
 */
export function applyAnnotations(session: ProjectSession, options: ApplyOptions, now: string): ApplyResult {
  return session.transaction(() => {
    const snapshot = readProjectSnapshot(session);
    const { file, plan } = planImport(snapshot, options.fileName, options.content);
    const confirmed = new Set(options.confirmDocuments);
    const newCodes = new Set(plan.codes.filter((c) => c.by === 'new').map((c) => c.localCodeId));
    const fileDocs = new Map(file.documents.map((d) => [d.id, d]));
    const labels = new Map([
      ...file.codebook.map((c) => [c.id, codeLabel(c)] as const),
      ...snapshot.codes.map((c) => [c.id, codeLabel(c)] as const),
    ]);
    const stanceLabels = new Map([
      ...file.stances.map((s) => [s.id, s.labelSv] as const),
      ...snapshot.stances.map((s) => [s.id, s.labelSv] as const),
    ]);

    const result: ApplyResult = {
      added: 0,
      updated: 0,
      unchanged: 0,
      orphaned: 0,
      codesCreated: 0,
      stancesCreated: 0,
      codersCreated: 0,
    };
    const orphan = (a: AnnotationPlan, reason: ShareReason, documentId: string | null) => {
      const doc = fileDocs.get(a.fileDocumentId)!;
      const coder = plan.coders.find((c) => c.coderId === a.coderId);
      const tags: OrphanTag[] = a.annotation.tags.map((t) => ({
        ...t,
        code: labels.get(t.codeId) ?? t.codeId,
        stance: t.stanceId === null ? null : (stanceLabels.get(t.stanceId) ?? t.stanceId),
      }));
      insertOrphan(session.db, {
        id: a.annotationId,
        sourceFile: options.fileName,
        coderId: a.coderId,
        coderName: coder?.name ?? a.coderId,
        documentId,
        respondent: doc.respondent,
        fileName: doc.fileName,
        exact: a.annotation.exact,
        prefix: a.annotation.prefix,
        suffix: a.annotation.suffix,
        start: a.annotation.start,
        end: a.annotation.end,
        tags,
        comment: a.annotation.comment,
        reason,
        importedAt: now,
      });
      result.orphaned += 1;
    };

    // Decide first, so that only what is written needs new codes, stances and coders.
    const writes: { plan: AnnotationPlan; annotation: Annotation }[] = [];
    for (const a of plan.annotations) {
      if (a.action === 'unchanged') {
        result.unchanged += 1;
        continue;
      }
      if (a.action === 'orphan') {
        orphan(a, reasonFor(a), null);
        continue;
      }
      if (a.needsConfirmation && !confirmed.has(a.fileDocumentId)) {
        orphan(a, 'unconfirmed', null);
        continue;
      }
      const tags = uniqueTags(
        a.annotation.tags.filter((t) => options.createCodes || !newCodes.has(t.codeId)),
      );
      if (tags.length === 0) {
        orphan(a, 'no-codes', a.localDocumentId);
        continue;
      }
      writes.push({ plan: a, annotation: { ...a.annotation, tags } });
    }

    if (options.createCodes && newCodes.size > 0) {
      const base = Math.max(0, ...snapshot.codes.map((c) => c.sortOrder)) + 1;
      const entries = plan.codes.flatMap((c) =>
        c.newEntry ? [{ ...c.newEntry, sortOrder: base + c.newEntry.sortOrder }] : [],
      );
      insertCodebook(session.db, entries);
      result.codesCreated = entries.length;
    }
    const usedStances = new Set(writes.flatMap((w) => w.annotation.tags.map((t) => t.stanceId)));
    for (const s of plan.stances) {
      if (s.newStance && usedStances.has(s.localStanceId)) {
        upsertStance(session.db, s.newStance);
        result.stancesCreated += 1;
      }
    }
    const usedCoders = new Set(writes.map((w) => w.annotation.coderId));
    const insertCoder = session.db.prepare('INSERT INTO coders (id, name, created_at) VALUES (?, ?, ?)');
    for (const c of plan.coders) {
      if (c.isNew && usedCoders.has(c.coderId)) {
        insertCoder.run(c.coderId, c.name, now);
        result.codersCreated += 1;
      }
    }

    for (const { plan: a, annotation } of writes) {
      if (a.action === 'update' && getAnnotation(session.db, annotation.id)) {
        replaceAnnotation(session.db, annotation);
        result.updated += 1;
      } else {
        insertAnnotation(session.db, annotation);
        result.added += 1;
      }
      deleteOrphan(session.db, annotation.id);
    }
    return result;
  });
}
