// Flat rows for the excerpt exports (CSV, XLSX): one row per annotation × tagged proposal.
import type { ProjectSnapshot } from '../domain/project-snapshot';
import type { CompilationFilter } from './compilation-filter';
import type { ExportLocale } from './compilation-labels';
import { compilationLabels, stanceLabel } from './compilation-labels';
import { locateOffset } from './document-reference';
import type { ExportMetadata } from './export-metadata';
import { buildExportMetadata } from './export-metadata';
import { collectTaggedExcerpts } from './tagged-excerpts';

export interface ExcerptRow {
  annotationId: string;
  documentId: string;
  codeId: string;
  stanceId: string | null;
  respondent: string;
  /** Respondent type in the export language, e.g. "Kommun". */
  respondentType: string;
  fileName: string;
  page: number | null;
  paragraph: number;
  section: string;
  proposal: string;
  /** Stance label in the export language, "" when none was given. */
  stance: string;
  excerpt: string;
  comment: string;
  coder: string;
  createdAt: string;
  updatedAt: string;
}

export interface ExcerptRows {
  metadata: ExportMetadata;
  rows: ExcerptRow[];
}

/** Rows in codebook order, then by respondent, then by position in the document. */
export function buildExcerptRows(
  snapshot: ProjectSnapshot,
  filter: CompilationFilter,
  locale: ExportLocale,
  now: Date = new Date(),
): ExcerptRows {
  const labels = compilationLabels(locale);
  const { documents, proposals, excerpts } = collectTaggedExcerpts(snapshot, filter);
  const stances = new Map(snapshot.stances.map((s) => [s.id, stanceLabel(s, locale)]));
  const coders = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  const sorted = [...excerpts].sort(
    (a, b) =>
      a.proposalIndex - b.proposalIndex ||
      a.documentIndex - b.documentIndex ||
      a.annotation.start - b.annotation.start,
  );
  const rows = sorted.map(({ annotation, tag, documentIndex, proposalIndex }): ExcerptRow => {
    const doc = documents[documentIndex]!;
    const code = proposals[proposalIndex]!.entry;
    const ref = locateOffset(doc.blocks, annotation.start);
    return {
      annotationId: annotation.id,
      documentId: doc.id,
      codeId: code.id,
      stanceId: tag.stanceId,
      respondent: doc.respondent,
      respondentType: labels.respondentTypes[doc.respondentType] ?? doc.respondentType,
      fileName: doc.fileName,
      page: ref.page,
      paragraph: ref.paragraph,
      section: code.section,
      proposal: code.title,
      stance: tag.stanceId === null ? '' : (stances.get(tag.stanceId) ?? tag.stanceId),
      excerpt: annotation.exact,
      comment: annotation.comment,
      coder: coders.get(annotation.coderId) ?? annotation.coderId,
      createdAt: annotation.createdAt,
      updatedAt: annotation.updatedAt,
    };
  });
  return { metadata: buildExportMetadata(snapshot, filter, locale, now), rows };
}
