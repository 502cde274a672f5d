// One proposal of the Word compilation as WordprocessingML: heading, counts line, per stance the quotes.
import type { CompilationProposal } from '../../shared/compilation/build-compilation';
import type { CompilationLabels } from '../../shared/compilation/compilation-labels';
import { GREY, RULE, SLATE } from './docx-styles';
import { safeColour } from './html-escape';
import { borderEdge, paragraph, run } from './wordml';

const hex = (colour: string | null) => safeColour(colour).slice(1).toUpperCase();

function countsLine(p: CompilationProposal): string {
  if (p.counts.length === 0) return paragraph(run(p.countsLine, { colour: GREY, italic: true }));
  const runs = p.counts
    .map(
      (c, i) =>
        (i > 0 ? run('   ·   ', { colour: GREY }) : '') +
        run('■ ', { colour: hex(c.colour) }) +
        run(`${c.label}: `, { colour: SLATE }) +
        run(String(c.count), { bold: true }),
    )
    .join('');
  return paragraph(runs, {
    keepNext: true,
    border: borderEdge('bottom', RULE, 4, 6),
    spacingBefore: 60,
    spacingAfter: 160,
  });
}

/**
 * Paragraphs of one proposal. Styles (Heading1, Heading2, Respondent, Excerpt and the character
 * styles) are defined in docx-styles.ts; one paragraph per excerpt holds quote, reference and comment.
 */
export async function proposalXml(
  p: CompilationProposal,
  l: CompilationLabels,
  onRespondent: () => Promise<void>,
  startOnNewPage: boolean,
): Promise<string> {
  const out: string[] = [
    paragraph(
      run(l.codeKinds[p.kind].toUpperCase(), { bold: true, colour: GREY, characterSpacing: 20, size: 16 }),
      {
        keepNext: true,
        pageBreakBefore: startOnNewPage,
        spacingBefore: 360,
        spacingAfter: 0,
      },
    ),
    paragraph(run(p.heading), { style: 'Heading1', spacingBefore: 40 }),
    countsLine(p),
  ];
  for (const g of p.groups) {
    out.push(
      paragraph(run(`${g.label} `) + run(`(${g.respondents.length})`, { notBold: true, colour: GREY }), {
        style: 'Heading2',
        border: borderEdge('left', hex(g.colour), 36, 8),
        indentLeft: 160,
      }),
    );
    for (const r of g.respondents) {
      out.push(
        paragraph(run(r.respondent) + run(`  ·  ${r.respondentTypeLabel}`, { style: 'Muted' }), {
          style: 'Respondent',
        }),
      );
      for (const x of r.excerpts) {
        let runs =
          run(`”${x.quote}”`) +
          run(`${r.respondent}, ${x.reference} · ${r.fileName} · ${l.coder}: ${x.coder}`, {
            style: 'ExcerptReference',
            breakBefore: true,
          });
        if (x.comment) {
          runs +=
            run(`${l.comment}: `, { style: 'CommentLabel', breakBefore: true }) +
            run(x.comment, { style: 'CommentText' });
        }
        out.push(paragraph(runs, { style: 'Excerpt' }));
      }
      await onRespondent();
    }
  }
  return out.join('');
}
