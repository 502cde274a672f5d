// The remissammanställning as Markdown: headings per proposal, counts line, quotes per stance and respondent.
import type { Compilation } from '../../shared/compilation/build-compilation';
import { compilationLabels } from '../../shared/compilation/compilation-labels';
import type { ExportOptionsBase } from './export-progress';
import { createTicker } from './export-progress';

/** Backslash-escapes what Markdown would read as markup or inline HTML. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, '\\$&').replace(/\s*\n\s*/g, ' ');
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

export async function exportCompilationMarkdown(
  compilation: Compilation,
  options: ExportOptionsBase = {},
): Promise<string> {
  const { metadata, summary } = compilation;
  const l = compilationLabels(metadata.locale);
  const out: string[] = [];
  out.push(`# ${l.compilationTitle}: ${escapeMarkdown(metadata.reportTitle)}`, '');
  out.push(`- **${l.project}:** ${escapeMarkdown(metadata.projectName)}`);
  out.push(`- **${l.filter}:** ${escapeMarkdown(metadata.filterDescription)}`);
  out.push(`- **${l.generated}:** ${metadata.generatedDate}`);
  out.push(`- **${l.respondents}:** ${compilation.respondentCount}`, '');

  out.push(`## ${l.summaryHeading}`, '');
  out.push(tableRow([l.proposal, ...summary.stances.map((s) => escapeMarkdown(s.label)), l.respondents]));
  out.push(tableRow(['---', ...summary.stances.map(() => '---:'), '---:']));
  for (const row of summary.rows) {
    const name = escapeMarkdown(row.section ? `${row.section} ${row.title}` : row.title);
    out.push(tableRow([name, ...row.counts.map(String), String(row.respondents)]));
  }
  out.push('');

  const total = compilation.proposals.reduce(
    (n, p) => n + p.groups.reduce((m, g) => m + g.respondents.length, 0),
    0,
  );
  const ticker = createTicker(total, options);
  out.push(`## ${l.proposalsHeading}`, '');
  for (const proposal of compilation.proposals) {
    out.push(`### ${escapeMarkdown(proposal.heading)}`, '', `*${escapeMarkdown(proposal.countsLine)}*`, '');
    for (const group of proposal.groups) {
      out.push(`#### ${escapeMarkdown(group.label)} (${group.respondents.length})`, '');
      for (const r of group.respondents) {
        out.push(`**${escapeMarkdown(r.respondent)}** (${escapeMarkdown(r.respondentTypeLabel)})`, '');
        for (const e of r.excerpts) {
          out.push(`> ${escapeMarkdown(e.quote)}`, '>');
          out.push(`> — ${escapeMarkdown(r.respondent)}, ${e.reference} (${escapeMarkdown(r.fileName)})`, '');
          if (e.comment)
            out.push(`*${l.comment} (${escapeMarkdown(e.coder)}):* ${escapeMarkdown(e.comment)}`, '');
          else out.push(`*${l.coder}: ${escapeMarkdown(e.coder)}*`, '');
        }
        await ticker.tick();
      }
    }
  }
  ticker.done();
  return out.join('\n');
}
