// The remissammanställning as one standalone, print-friendly HTML file; all project text is escaped.
import type { Compilation, CompilationProposal } from '../../shared/compilation/build-compilation';
import type { CompilationLabels } from '../../shared/compilation/compilation-labels';
import { compilationLabels } from '../../shared/compilation/compilation-labels';
import type { ExportOptionsBase } from './export-progress';
import { createTicker } from './export-progress';
import { escapeHtml as e, safeColour } from './html-escape';

const CSS = `
body { font: 11pt/1.5 "Segoe UI", Calibri, "Helvetica Neue", Arial, sans-serif; color: #1d2733; max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .25rem; color: #14365d; }
.report { font-size: 1.15rem; color: #3d4d60; margin: 0 0 1rem; }
h2 { font-size: 1.35rem; color: #14365d; border-bottom: 2px solid #14365d; padding-bottom: .2rem; margin-top: 2.2rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; padding-left: .5rem; border-left: 5px solid #777; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { border: 1px solid #c9d1db; padding: .3rem .5rem; vertical-align: top; }
th { background: #eef2f6; text-align: left; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.meta th { width: 11rem; }
.counts { font-weight: 600; color: #3d4d60; }
.swatch { display: inline-block; width: .75em; height: .75em; border-radius: 2px; margin-right: .35em; vertical-align: baseline; }
.respondent { margin: .6rem 0 .2rem; font-weight: 600; }
.respondent .type { font-weight: 400; color: #5b6b7f; }
blockquote { margin: .25rem 0 .25rem 1rem; padding: .15rem .8rem; border-left: 3px solid #c9d1db; font-style: italic; }
.ref { margin: 0 0 .2rem 1.9rem; font-size: .88rem; color: #5b6b7f; }
.comment { margin: 0 0 .6rem 1.9rem; font-size: .92rem; }
.empty { color: #5b6b7f; font-style: italic; }
section.proposal { break-inside: auto; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-after: avoid; }
  h3, .respondent { break-after: avoid; }
  blockquote { break-inside: avoid; }
  th { background: #eee !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}`;

function swatch(colour: string | null): string {
  return `<span class="swatch" style="background:${safeColour(colour)}"></span>`;
}

function summaryTable(c: Compilation, l: CompilationLabels): string {
  const head = c.summary.stances.map((s) => `<th>${swatch(s.colour)}${e(s.label)}</th>`).join('');
  const rows = c.summary.rows
    .map((r) => {
      const name = r.section ? `${e(r.section)} ${e(r.title)}` : e(r.title);
      const cells = r.counts.map((n) => `<td class="n">${n || ''}</td>`).join('');
      return `<tr><td>${name}</td>${cells}<td class="n">${r.respondents}</td></tr>`;
    })
    .join('\n');
  return `<table class="summary"><thead><tr><th>${e(l.proposal)}</th>${head}<th>${e(l.respondents)}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

async function proposalSection(
  p: CompilationProposal,
  l: CompilationLabels,
  tick: () => Promise<void>,
): Promise<string> {
  const parts: string[] = [`<section class="proposal" id="${e(p.codeId)}">`, `<h2>${e(p.heading)}</h2>`];
  parts.push(
    p.groups.length ? `<p class="counts">${e(p.countsLine)}</p>` : `<p class="empty">${e(p.countsLine)}</p>`,
  );
  for (const g of p.groups) {
    parts.push(
      `<h3 style="border-left-color:${safeColour(g.colour)}">${e(g.label)} (${g.respondents.length})</h3>`,
    );
    for (const r of g.respondents) {
      parts.push(
        `<p class="respondent">${e(r.respondent)} <span class="type">· ${e(r.respondentTypeLabel)}</span></p>`,
      );
      for (const x of r.excerpts) {
        parts.push(`<blockquote>${e(x.quote)}</blockquote>`);
        parts.push(
          `<p class="ref">${e(r.respondent)}, ${e(x.reference)} · ${e(r.fileName)} · ${e(l.coder)}: ${e(x.coder)}</p>`,
        );
        if (x.comment) parts.push(`<p class="comment"><strong>${e(l.comment)}:</strong> ${e(x.comment)}</p>`);
      }
      await tick();
    }
  }
  parts.push('</section>');
  return parts.join('\n');
}

export async function exportCompilationHtml(
  c: Compilation,
  options: ExportOptionsBase = {},
): Promise<string> {
  const { metadata } = c;
  const l = compilationLabels(metadata.locale);
  const total = c.proposals.reduce((n, p) => n + p.groups.reduce((m, g) => m + g.respondents.length, 0), 0);
  const ticker = createTicker(total, options);
  const sections: string[] = [];
  for (const p of c.proposals) sections.push(await proposalSection(p, l, () => ticker.tick()));
  ticker.done();
  return `<!doctype html>
<html lang="${metadata.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Remisskod">
<title>${e(l.compilationTitle)} – ${e(metadata.reportTitle)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${e(l.compilationTitle)}</h1>
<p class="report">${e(metadata.reportTitle)}</p>
<table class="meta">
<tr><th>${e(l.project)}</th><td>${e(metadata.projectName)}</td></tr>
<tr><th>${e(l.filter)}</th><td>${e(metadata.filterDescription)}</td></tr>
<tr><th>${e(l.generated)}</th><td>${e(metadata.generatedDate)}</td></tr>
<tr><th>${e(l.respondents)}</th><td>${c.respondentCount}</td></tr>
</table>
</header>
<main>
<h2>${e(l.summaryHeading)}</h2>
${summaryTable(c, l)}
${sections.join('\n')}
</main>
</body>
</html>
`;
}
