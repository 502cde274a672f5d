// Summarises the import plan of an annotation file for the preview the user confirms.
import type { Output } from '../../../../shared/api/contract';
import type { ProjectSnapshot } from '../../../../shared/domain/project-snapshot';
import { planImport, reasonFor } from './plan-import';

export type AnnotationPreview = Output<'sharing:previewAnnotations'>;

const codeLabel = (c: { section: string; title: string }) =>
  c.section ? `${c.section} ${c.title}` : c.title;

export function previewAnnotations(
  snapshot: ProjectSnapshot,
  fileName: string,
  content: string,
): AnnotationPreview {
  const { file, plan } = planImport(snapshot, fileName, content);
  const localDocs = new Map(snapshot.documents.map((d) => [d.id, d]));
  const codeNames = new Map([
    ...file.codebook.map((c) => [c.id, codeLabel(c)] as const),
    ...snapshot.codes.map((c) => [c.id, codeLabel(c)] as const),
  ]);
  const stanceNames = new Map([
    ...file.stances.map((s) => [s.id, s.labelSv] as const),
    ...snapshot.stances.map((s) => [s.id, s.labelSv] as const),
  ]);
  const coderNames = new Map(plan.coders.map((c) => [c.coderId, c.name]));
  const respondents = new Map(file.documents.map((d) => [d.id, d.respondent]));
  return {
    exportedBy: plan.exportedBy,
    project: file.project,
    documents: plan.documents.map((d, i) => {
      const local = d.localDocumentId ? localDocs.get(d.localDocumentId) : undefined;
      return {
        ...d,
        localRespondent: local?.respondent ?? null,
        localFileName: local?.fileName ?? null,
        annotations: file.documents[i]!.annotations.length,
      };
    }),
    codes: plan.codes.map((c) => ({
      fileCodeId: c.fileCodeId,
      section: c.section,
      title: c.title,
      by: c.by,
    })),
    coders: plan.coders,
    annotations: plan.annotations.map((a) => ({
      annotationId: a.annotationId,
      action: a.action,
      reason: reasonFor(a),
      fileDocumentId: a.fileDocumentId,
      respondent: respondents.get(a.fileDocumentId) ?? '',
      coderName: coderNames.get(a.coderId) ?? a.coderId,
      exact: a.annotation.exact.length > 300 ? `${a.annotation.exact.slice(0, 300)}…` : a.annotation.exact,
      tags: a.annotation.tags.map((t) => ({
        code: codeNames.get(t.codeId) ?? t.codeId,
        stance: t.stanceId === null ? null : (stanceNames.get(t.stanceId) ?? t.stanceId),
      })),
      score: a.score,
      needsConfirmation: a.needsConfirmation,
    })),
    summary: plan.summary,
  };
}
