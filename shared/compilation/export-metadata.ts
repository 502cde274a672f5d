// What every export states about itself: which project, which filter, and when it was made.
import type { ProjectSnapshot } from '../domain/project-snapshot';
import type { CompilationFilter } from './compilation-filter';
import type { ExportLocale } from './compilation-labels';
import { compilationLabels, stanceLabel } from './compilation-labels';
import { proposalHeading } from './proposal-order';

export interface ExportMetadata {
  projectName: string;
  reportTitle: string;
  /** The filter in words, e.g. "Förslag: 4.1.1 Lagkrav … · Kodare: Anna". */
  filterDescription: string;
  filter: CompilationFilter;
  /** ISO 8601 timestamp. */
  generatedAt: string;
  /** Local date and time as people read it: "2025-03-14 09:30". */
  generatedDate: string;
  locale: ExportLocale;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatLocalDateTime(date: Date): string {
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ` +
    `${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

/** Names the filtered items, falling back to the raw id when something is unknown. */
export function describeFilter(
  snapshot: ProjectSnapshot,
  filter: CompilationFilter,
  locale: ExportLocale,
): string {
  const labels = compilationLabels(locale);
  const parts: string[] = [];
  const name = <T extends { id: string }>(
    list: readonly T[],
    ids: readonly string[],
    show: (item: T) => string,
  ) => {
    const byId = new Map(list.map((item) => [item.id, item]));
    return ids.map((id) => {
      const item = byId.get(id);
      return item ? show(item) : id;
    });
  };
  if (filter.codeIds?.length) {
    parts.push(
      `${labels.proposalsFilter}: ${name(snapshot.codes, filter.codeIds, proposalHeading).join('; ')}`,
    );
  }
  if (filter.documentIds?.length) {
    parts.push(
      `${labels.respondentsFilter}: ${name(snapshot.documents, filter.documentIds, (d) => d.respondent).join('; ')}`,
    );
  }
  if (filter.stanceIds?.length) {
    parts.push(
      `${labels.stancesFilter}: ${name(snapshot.stances, filter.stanceIds, (s) => stanceLabel(s, locale)).join('; ')}`,
    );
  }
  if (filter.coderIds?.length) {
    parts.push(`${labels.codersFilter}: ${name(snapshot.coders, filter.coderIds, (c) => c.name).join('; ')}`);
  }
  return parts.length > 0 ? parts.join(' · ') : labels.noFilter;
}

export function buildExportMetadata(
  snapshot: ProjectSnapshot,
  filter: CompilationFilter,
  locale: ExportLocale,
  now: Date = new Date(),
): ExportMetadata {
  return {
    projectName: snapshot.info.name,
    reportTitle: snapshot.info.reportTitle,
    filterDescription: describeFilter(snapshot, filter, locale),
    filter,
    generatedAt: now.toISOString(),
    generatedDate: formatLocalDateTime(now),
    locale,
  };
}
