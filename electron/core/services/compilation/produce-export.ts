// Writes one export of a project snapshot in the chosen format: the bytes, a file name and a MIME type.
import type { ExportFormat } from '../../../../shared/api/channels/compilation';
import { buildCompilation } from '../../../../shared/compilation/build-compilation';
import { buildExcerptRows } from '../../../../shared/compilation/build-excerpt-rows';
import { buildMatrix } from '../../../../shared/compilation/build-matrix';
import type { CompilationFilter } from '../../../../shared/compilation/compilation-filter';
import type { ExportLocale } from '../../../../shared/compilation/compilation-labels';
import type { ProjectSnapshot } from '../../../../shared/domain/project-snapshot';
import { exportExcerptsCsv } from '../../../exporters/csv-export';
import { exportCompilationDocx } from '../../../exporters/docx-export';
import type { ExportProgress } from '../../../exporters/export-progress';
import { exportCompilationHtml } from '../../../exporters/html-export';
import { exportProjectJson } from '../../../exporters/json-export';
import { exportCompilationMarkdown } from '../../../exporters/markdown-export';
import { exportExcerptsXlsx } from '../../../exporters/xlsx-export';
import { EXPORT_MIME_TYPES, exportFileName } from './export-file-name';

export interface ExportRequest {
  format: ExportFormat;
  filter: CompilationFilter;
  locale: ExportLocale;
  /** CSV only; default ",". */
  delimiter?: ',' | ';';
  now?: Date;
}

export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

async function render(
  snapshot: ProjectSnapshot,
  request: ExportRequest,
  now: Date,
  onProgress: ExportProgress,
): Promise<Uint8Array | string> {
  const { filter, locale } = request;
  switch (request.format) {
    case 'csv':
      return exportExcerptsCsv(buildExcerptRows(snapshot, filter, locale, now), {
        delimiter: request.delimiter ?? ',',
        includeMetadata: true,
        onProgress,
      });
    case 'xlsx':
      return exportExcerptsXlsx(
        buildExcerptRows(snapshot, filter, locale, now),
        buildMatrix(snapshot, filter),
        {
          onProgress,
        },
      );
    case 'docx':
      return exportCompilationDocx(buildCompilation(snapshot, filter, locale, now), { onProgress });
    case 'md':
      return exportCompilationMarkdown(buildCompilation(snapshot, filter, locale, now), { onProgress });
    case 'html':
      return exportCompilationHtml(buildCompilation(snapshot, filter, locale, now), { onProgress });
    case 'json': {
      const text = exportProjectJson(snapshot, { filter, locale, now });
      onProgress(1, 1);
      return text;
    }
  }
}

export async function produceExport(
  snapshot: ProjectSnapshot,
  request: ExportRequest,
  onProgress: ExportProgress = () => {},
): Promise<ExportFile> {
  const now = request.now ?? new Date();
  const content = await render(snapshot, request, now, onProgress);
  return {
    fileName: exportFileName(request.format, snapshot.info.name, request.locale, now),
    mimeType: EXPORT_MIME_TYPES[request.format],
    bytes: typeof content === 'string' ? Buffer.from(content, 'utf8') : content,
  };
}
