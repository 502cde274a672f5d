// Counts for the charts: stances per proposal and per respondent type, taken from the matrix.
import type { ChartDataDto } from '../../../../shared/api/channels/compilation';
import type { Matrix } from '../../../../shared/compilation/build-matrix';
import type { ExportLocale } from '../../../../shared/compilation/compilation-labels';
import { compilationLabels, stanceLabel } from '../../../../shared/compilation/compilation-labels';
import { RESPONDENT_TYPES } from '../../../../shared/domain/types';

export function buildChartData(matrix: Matrix, locale: ExportLocale): ChartDataDto {
  const labels = compilationLabels(locale);
  const stanceIds = matrix.stances.map((s) => s.id);
  const byProposal = matrix.proposals.map((p, pi) => {
    const total = matrix.totals[pi]!;
    let noStance = 0;
    for (const row of matrix.cells) if (row[pi] && row[pi].stances.length === 0) noStance += 1;
    return {
      key: p.codeId,
      label: p.section ? `${p.section} ${p.title}` : p.title,
      counts: stanceIds.map((id) => total.byStance[id] ?? 0),
      noStance,
    };
  });
  const perType = new Map(RESPONDENT_TYPES.map((t) => [t, { counts: stanceIds.map(() => 0), noStance: 0 }]));
  matrix.respondents.forEach((r, ri) => {
    const bar = perType.get(r.respondentType)!;
    for (const cell of matrix.cells[ri]!) {
      if (!cell) continue;
      if (cell.stances.length === 0) bar.noStance += 1;
      for (const s of cell.stances) bar.counts[stanceIds.indexOf(s.stanceId)]! += 1;
    }
  });
  const byRespondentType = RESPONDENT_TYPES.filter((t) =>
    matrix.respondents.some((r) => r.respondentType === t),
  ).map((t) => ({ key: t, label: labels.respondentTypes[t] ?? t, ...perType.get(t)! }));
  return {
    stances: matrix.stances.map((s) => ({ stanceId: s.id, label: stanceLabel(s, locale), colour: s.colour })),
    byProposal,
    byRespondentType,
  };
}
