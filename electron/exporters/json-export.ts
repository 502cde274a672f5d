// The whole project as JSON for scripting: documents, codebook, stances, coders and annotations.
import type { ProjectSnapshot } from '../../shared/domain/project-snapshot';
import type { CompilationFilter } from '../../shared/compilation/compilation-filter';
import { filterTests } from '../../shared/compilation/compilation-filter';
import type { ExportLocale } from '../../shared/compilation/compilation-labels';
import { buildExportMetadata } from '../../shared/compilation/export-metadata';

export const PROJECT_JSON_FORMAT = 'remisskod-project';
export const PROJECT_JSON_VERSION = 1;

export interface ProjectJsonOptions {
  filter?: CompilationFilter;
  locale?: ExportLocale;
  now?: Date;
  /** Pretty-print with two spaces (default true). */
  pretty?: boolean;
}

/**
 * The filter narrows documents and annotations (and an annotation's tags); the codebook, stances
 * and coders are always complete. The project file's local path is left out on purpose.
 */
export function exportProjectJson(snapshot: ProjectSnapshot, options: ProjectJsonOptions = {}): string {
  const filter = options.filter ?? {};
  const test = filterTests(filter);
  const metadata = buildExportMetadata(snapshot, filter, options.locale ?? 'sv', options.now);
  const documents = snapshot.documents.filter((d) => test.document(d.id));
  const annotations = snapshot.annotations
    .filter((a) => test.document(a.documentId) && test.coder(a.coderId))
    .map((a) => ({ ...a, tags: a.tags.filter((t) => test.code(t.codeId) && test.stance(t.stanceId)) }))
    .filter((a) => a.tags.length > 0 || (!filter.codeIds?.length && !filter.stanceIds?.length));
  const body = {
    format: PROJECT_JSON_FORMAT,
    version: PROJECT_JSON_VERSION,
    generatedAt: metadata.generatedAt,
    project: {
      name: snapshot.info.name,
      reportTitle: snapshot.info.reportTitle,
      schemaVersion: snapshot.info.schemaVersion,
    },
    filter,
    filterDescription: metadata.filterDescription,
    codebook: snapshot.codes,
    stances: snapshot.stances,
    coders: snapshot.coders,
    documents,
    annotations,
  };
  return JSON.stringify(body, null, options.pretty === false ? undefined : 2);
}
