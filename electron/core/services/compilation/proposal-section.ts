// One proposal's part of the remissammanställning, with each excerpt's position so the UI can open it.
import { ApiError } from '../../../../shared/api/api-error';
import type { ProposalSectionDto } from '../../../../shared/api/channels/compilation';
import { buildCompilation } from '../../../../shared/compilation/build-compilation';
import type { CompilationFilter } from '../../../../shared/compilation/compilation-filter';
import type { ExportLocale } from '../../../../shared/compilation/compilation-labels';
import type { ProjectSnapshot } from '../../../../shared/domain/project-snapshot';

export function buildProposalSection(
  snapshot: ProjectSnapshot,
  codeId: string,
  filter: CompilationFilter,
  locale: ExportLocale,
): ProposalSectionDto {
  if (!snapshot.codes.some((c) => c.id === codeId))
    throw new ApiError('code_not_found', `No proposal with id ${codeId}.`, { codeId });
  const compilation = buildCompilation(snapshot, { ...filter, codeIds: [codeId] }, locale);
  const proposal = compilation.proposals[0];
  if (!proposal) throw new ApiError('code_not_found', `${codeId} is a chapter, not a proposal.`, { codeId });
  const annotations = new Map(snapshot.annotations.map((a) => [a.id, a]));
  let excerptCount = 0;
  return {
    codeId: proposal.codeId,
    heading: proposal.heading,
    countsLine: proposal.countsLine,
    counts: proposal.counts,
    respondentCount: proposal.respondentCount,
    groups: proposal.groups.map((g) => ({
      stanceId: g.stanceId,
      label: g.label,
      colour: g.colour,
      respondents: g.respondents.map((r) => ({
        documentId: r.documentId,
        respondent: r.respondent,
        respondentTypeLabel: r.respondentTypeLabel,
        fileName: r.fileName,
        excerpts: r.excerpts.map((e) => {
          excerptCount += 1;
          const a = annotations.get(e.annotationId)!;
          return { ...e, documentId: a.documentId, start: a.start, end: a.end };
        }),
      })),
    })),
    excerptCount,
  };
}
