// The remissammanställning: per proposal, the counts line and, per stance, who said what in their own words.
import type { CodeKind, RespondentType } from '../domain/types';
import type { ProjectSnapshot } from '../domain/project-snapshot';
import type { CompilationFilter } from './compilation-filter';
import type { ExportLocale } from './compilation-labels';
import { compilationLabels, stanceLabel } from './compilation-labels';
import { formatReference, locateOffset } from './document-reference';
import type { ExportMetadata } from './export-metadata';
import { buildExportMetadata } from './export-metadata';
import { proposalHeading } from './proposal-order';
import type { TaggedExcerpt } from './tagged-excerpts';
import { collectTaggedExcerpts } from './tagged-excerpts';

export interface CompilationExcerpt {
  annotationId: string;
  /** The quoted passage, line breaks folded into spaces. */
  quote: string;
  /** "s. 3" when the page is known, else "st. 12" (English: "p. 3", "para. 12"). */
  reference: string;
  page: number | null;
  paragraph: number;
  comment: string;
  coder: string;
}

export interface CompilationRespondent {
  documentId: string;
  respondent: string;
  respondentType: RespondentType;
  respondentTypeLabel: string;
  fileName: string;
  excerpts: CompilationExcerpt[];
}

export interface CompilationStanceGroup {
  /** null for excerpts tagged to the proposal without a stance. */
  stanceId: string | null;
  label: string;
  colour: string | null;
  respondents: CompilationRespondent[];
}

export interface CompilationStanceCount {
  stanceId: string | null;
  label: string;
  colour: string | null;
  /** Respondents, not excerpts. */
  count: number;
}

export interface CompilationProposal {
  codeId: string;
  section: string;
  title: string;
  /** Section and title, e.g. "4.1.1 Lagkrav på …". */
  heading: string;
  kind: CodeKind;
  depth: number;
  /** "Tillstyrker: 3 · Avstyrker: 1 · Avstår / inga synpunkter: 1", or a "nothing coded" sentence. */
  countsLine: string;
  counts: CompilationStanceCount[];
  respondentCount: number;
  groups: CompilationStanceGroup[];
}

export interface CompilationSummaryRow {
  codeId: string;
  section: string;
  title: string;
  /** Respondents per stance, aligned with `CompilationSummary.stances`. */
  counts: number[];
  respondents: number;
}

export interface CompilationSummary {
  stances: { stanceId: string; label: string; colour: string }[];
  rows: CompilationSummaryRow[];
}

export interface Compilation {
  metadata: ExportMetadata;
  proposals: CompilationProposal[];
  summary: CompilationSummary;
  /** Documents covered by the filter. */
  respondentCount: number;
  excerptCount: number;
}

/** Folds the line breaks between blocks into spaces so a quote reads as one passage. */
export function foldQuote(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

export function buildCompilation(
  snapshot: ProjectSnapshot,
  filter: CompilationFilter,
  locale: ExportLocale,
  now: Date = new Date(),
): Compilation {
  const labels = compilationLabels(locale);
  const { documents, proposals, stances, excerpts } = collectTaggedExcerpts(snapshot, filter);
  const coderNames = new Map(snapshot.coders.map((c) => [c.id, c.name]));
  const stanceKeys: (string | null)[] = [...stances.map((s) => s.id), null];
  const stanceRank = new Map(stanceKeys.map((id, i) => [id, i]));

  // byProposal[p][stanceRank] -> documentIndex -> excerpts
  const byProposal = proposals.map(() => stanceKeys.map(() => new Map<number, TaggedExcerpt[]>()));
  for (const item of excerpts) {
    const rank = stanceRank.get(item.tag.stanceId) ?? stanceKeys.length - 1;
    const group = byProposal[item.proposalIndex]![rank]!;
    const list = group.get(item.documentIndex);
    if (list) list.push(item);
    else group.set(item.documentIndex, [item]);
  }

  const toExcerpt = (item: TaggedExcerpt): CompilationExcerpt => {
    const doc = documents[item.documentIndex]!;
    const ref = locateOffset(doc.blocks, item.annotation.start);
    return {
      annotationId: item.annotation.id,
      quote: foldQuote(item.annotation.exact),
      reference: formatReference(ref, locale),
      page: ref.page,
      paragraph: ref.paragraph,
      comment: item.annotation.comment,
      coder: coderNames.get(item.annotation.coderId) ?? item.annotation.coderId,
    };
  };

  const stanceMeta = (rank: number) => {
    const stance = stances[rank];
    return stance
      ? { stanceId: stance.id, label: stanceLabel(stance, locale), colour: stance.colour }
      : { stanceId: null, label: labels.noStance, colour: null };
  };

  const built: CompilationProposal[] = proposals.map(({ entry, depth }, p) => {
    const groups: CompilationStanceGroup[] = [];
    const respondentsWithAny = new Set<number>();
    byProposal[p]!.forEach((group, rank) => {
      if (group.size === 0) return;
      const respondents = [...group.keys()]
        .sort((a, b) => a - b)
        .map((di): CompilationRespondent => {
          const doc = documents[di]!;
          respondentsWithAny.add(di);
          const items = group.get(di)!.sort((a, b) => a.annotation.start - b.annotation.start);
          return {
            documentId: doc.id,
            respondent: doc.respondent,
            respondentType: doc.respondentType,
            respondentTypeLabel: labels.respondentTypes[doc.respondentType] ?? doc.respondentType,
            fileName: doc.fileName,
            excerpts: items.map(toExcerpt),
          };
        });
      groups.push({ ...stanceMeta(rank), respondents });
    });
    const counts = groups.map((g) => ({
      stanceId: g.stanceId,
      label: g.label,
      colour: g.colour,
      count: g.respondents.length,
    }));
    return {
      codeId: entry.id,
      section: entry.section,
      title: entry.title,
      heading: proposalHeading(entry),
      kind: entry.kind,
      depth,
      countsLine:
        counts.length > 0 ? counts.map((c) => `${c.label}: ${c.count}`).join(' · ') : labels.noExcerpts,
      counts,
      respondentCount: respondentsWithAny.size,
      groups,
    };
  });

  const summary: CompilationSummary = {
    stances: stances.map((s) => ({ stanceId: s.id, label: stanceLabel(s, locale), colour: s.colour })),
    rows: built.map((p) => ({
      codeId: p.codeId,
      section: p.section,
      title: p.title,
      counts: stances.map((s) => p.counts.find((c) => c.stanceId === s.id)?.count ?? 0),
      respondents: p.respondentCount,
    })),
  };

  return {
    metadata: buildExportMetadata(snapshot, filter, locale, now),
    proposals: built,
    summary,
    respondentCount: documents.length,
    excerptCount: excerpts.length,
  };
}
