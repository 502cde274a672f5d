// Excerpts as CSV: UTF-8 with BOM (Excel reads å/ä/ö right), RFC 4180 quoting, no formula injection.
import type { ExcerptRow, ExcerptRows } from '../../shared/compilation/build-excerpt-rows';
import { compilationLabels } from '../../shared/compilation/compilation-labels';
import type { ExportOptionsBase } from './export-progress';
import { createTicker } from './export-progress';

export interface CsvOptions extends ExportOptionsBase {
  /** ',' (default) or ';' for Excel in Swedish locale. */
  delimiter?: ',' | ';';
  /** Leading rows naming project, filter and date (default true). */
  includeMetadata?: boolean;
}

const BOM = '\uFEFF';

/** Cells a spreadsheet would run as a formula get a leading apostrophe (OWASP CSV injection). */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string | number | null, delimiter: string): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function excerptColumns(
  locale: 'sv' | 'en',
): { header: string; value: (row: ExcerptRow) => string | number | null }[] {
  const l = compilationLabels(locale);
  return [
    { header: l.respondent, value: (r) => r.respondent },
    { header: l.respondentType, value: (r) => r.respondentType },
    { header: l.document, value: (r) => r.fileName },
    { header: l.page, value: (r) => r.page },
    { header: l.paragraph, value: (r) => r.paragraph },
    { header: l.section, value: (r) => r.section },
    { header: l.proposal, value: (r) => r.proposal },
    { header: l.stance, value: (r) => r.stance },
    { header: l.excerpt, value: (r) => r.excerpt },
    { header: l.comment, value: (r) => r.comment },
    { header: l.coder, value: (r) => r.coder },
    { header: l.created, value: (r) => r.createdAt },
    { header: l.updated, value: (r) => r.updatedAt },
  ];
}

export async function exportExcerptsCsv(model: ExcerptRows, options: CsvOptions = {}): Promise<Buffer> {
  const d = options.delimiter ?? ',';
  const { metadata } = model;
  const l = compilationLabels(metadata.locale);
  const columns = excerptColumns(metadata.locale);
  const line = (cells: (string | number | null)[]) => cells.map((c) => csvCell(c, d)).join(d);
  const lines: string[] = [];
  if (options.includeMetadata ?? true) {
    lines.push(line([l.project, metadata.projectName]));
    lines.push(line([l.report, metadata.reportTitle]));
    lines.push(line([l.filter, metadata.filterDescription]));
    lines.push(line([l.generated, metadata.generatedDate]));
    lines.push('');
  }
  lines.push(line(columns.map((c) => c.header)));
  const ticker = createTicker(model.rows.length, options);
  for (const row of model.rows) {
    lines.push(line(columns.map((c) => c.value(row))));
    await ticker.tick();
  }
  ticker.done();
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
