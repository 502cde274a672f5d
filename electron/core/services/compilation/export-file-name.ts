// The name an export is saved under: what it is, the project and the date, safe on every file system.
import type { ExportFormat } from '../../../../shared/api/channels/compilation';
import type { ExportLocale } from '../../../../shared/compilation/compilation-labels';

export const EXPORT_MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown;charset=utf-8',
  html: 'text/html;charset=utf-8',
  json: 'application/json',
};

const KIND: Record<ExportFormat, Record<ExportLocale, string>> = {
  csv: { sv: 'utdrag', en: 'excerpts' },
  xlsx: { sv: 'utdrag', en: 'excerpts' },
  docx: { sv: 'remissammanställning', en: 'compilation' },
  md: { sv: 'remissammanställning', en: 'compilation' },
  html: { sv: 'remissammanställning', en: 'compilation' },
  json: { sv: 'projekt', en: 'project' },
};

/** Keeps letters (å/ä/ö too), digits and dashes; everything else becomes one dash. */
export function slug(text: string): string {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'projekt'
  );
}

export function exportFileName(
  format: ExportFormat,
  projectName: string,
  locale: ExportLocale,
  now: Date,
): string {
  const date = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${KIND[format][locale]}-${slug(projectName)}-${date}.${format}`;
}
