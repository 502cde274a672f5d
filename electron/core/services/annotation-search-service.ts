// Search within annotations: comments, proposals (section and title), stance labels, coder names and quotes.
import type { Database } from 'better-sqlite3';
import type { AnnotationSearchResult } from '../../../shared/api/channels/search';
import { listAllAnnotations } from '../db/tables/annotations';
import { listCoders } from '../db/tables/coders';
import { listCodes } from '../db/tables/codes';
import { listStances } from '../db/tables/stances';
import { invalidQuery } from './search/parse-query';

type Field = AnnotationSearchResult['matchedIn'][number];

/** Annotations in which every word of `query` occurs (case-insensitive) in one of the searchable fields. */
export function searchAnnotations(db: Database, query: string): AnnotationSearchResult[] {
  const needles = query
    .toLowerCase()
    .replace(/["“”]/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w !== '');
  if (needles.length === 0) throw invalidQuery('there is nothing to search for', query);
  const codes = new Map(listCodes(db).map((c) => [c.id, c]));
  const stances = new Map(listStances(db).map((s) => [s.id, s]));
  const coders = new Map(listCoders(db).map((c) => [c.id, c.name]));
  const respondents = new Map(
    (
      db.prepare('SELECT id, respondent FROM documents').all() as Array<{ id: string; respondent: string }>
    ).map((r) => [r.id, r.respondent]),
  );
  const out: AnnotationSearchResult[] = [];
  for (const a of listAllAnnotations(db)) {
    const tagLabels = a.tags.map((tag) => {
      const code = codes.get(tag.codeId);
      const stance = tag.stanceId ? stances.get(tag.stanceId) : undefined;
      const name = code ? `${code.section} ${code.title}`.trim() : tag.codeId;
      return stance ? `${name} — ${stance.labelSv}` : name;
    });
    const fields: Record<Field, string> = {
      comment: a.comment,
      proposal: a.tags
        .map((t) => `${codes.get(t.codeId)?.section ?? ''} ${codes.get(t.codeId)?.title ?? ''}`)
        .join(' '),
      stance: a.tags
        .map((t) => (t.stanceId ? stances.get(t.stanceId) : undefined))
        .map((s) => (s ? `${s.id} ${s.labelSv} ${s.labelEn}` : ''))
        .join(' '),
      coder: coders.get(a.coderId) ?? '',
      quote: a.exact,
    };
    const lower = Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.toLowerCase()])) as Record<
      Field,
      string
    >;
    const all = Object.values(lower).join('\n');
    if (!needles.every((n) => all.includes(n))) continue;
    const matchedIn = (Object.keys(lower) as Field[]).filter((f) =>
      needles.some((n) => lower[f].includes(n)),
    );
    out.push({
      annotationId: a.id,
      documentId: a.documentId,
      respondent: respondents.get(a.documentId) ?? '',
      start: a.start,
      end: a.end,
      exact: a.exact,
      comment: a.comment,
      coderName: fields.coder,
      tagLabels,
      matchedIn,
    });
  }
  return out.sort(
    (x, y) =>
      x.respondent.localeCompare(y.respondent, 'sv') ||
      x.documentId.localeCompare(y.documentId) ||
      x.start - y.start,
  );
}
