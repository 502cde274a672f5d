// The remissammanställning as a Word document: title page, summary table, one section per proposal.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { Compilation } from '../../shared/compilation/build-compilation';
import { compilationLabels } from '../../shared/compilation/compilation-labels';
import { proposalXml } from './docx-proposal-xml';
import { BODY_MARKER, spliceDocxBody } from './docx-splice';
import { DOCX_STYLES, FONT, GREY, PAGE } from './docx-styles';
import { summaryTable } from './docx-summary-table';
import { titlePage } from './docx-title-page';
import type { ExportOptionsBase } from './export-progress';
import { createTicker } from './export-progress';

export async function exportCompilationDocx(
  c: Compilation,
  options: ExportOptionsBase = {},
): Promise<Buffer> {
  const { metadata } = c;
  const l = compilationLabels(metadata.locale);
  const total = c.proposals.reduce((n, p) => n + p.groups.reduce((m, g) => m + g.respondents.length, 0), 0);
  const ticker = createTicker(total, options);

  const body: (Paragraph | ReturnType<typeof summaryTable>)[] = [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      spacing: { before: 0 },
      children: [new TextRun(l.summaryHeading)],
    }),
    new Paragraph({
      spacing: { after: 160 },
      children: [new TextRun({ text: `${l.filter}: ${metadata.filterDescription}`, size: 18, color: GREY })],
    }),
    summaryTable(c),
    new Paragraph({ children: [new TextRun(BODY_MARKER)] }),
  ];
  // The proposals are written as WordprocessingML strings and spliced in after packing:
  // building them as docx objects costs ten times the time and memory on large projects.
  const sections: string[] = [];
  for (const [i, p] of c.proposals.entries())
    sections.push(await proposalXml(p, l, () => ticker.tick(), i === 0));

  const small = { size: 16, color: GREY, font: FONT };
  const doc = new Document({
    creator: 'Remisskod',
    title: `${l.compilationTitle} – ${metadata.reportTitle}`,
    description: `${l.project}: ${metadata.projectName}. ${l.filter}: ${metadata.filterDescription}. ${l.generated}: ${metadata.generatedDate}.`,
    styles: DOCX_STYLES,
    sections: [
      { properties: { page: PAGE }, children: titlePage(c) },
      {
        properties: { page: { ...PAGE, pageNumbers: { start: 2 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [
                  new TextRun({ text: `${l.compilationTitle} · ${metadata.reportTitle}`, ...small }),
                ],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    text: `${metadata.projectName} · ${metadata.generatedDate} · ${l.pageOf} `,
                    ...small,
                  }),
                  new TextRun({ children: [PageNumber.CURRENT], ...small }),
                  new TextRun({ text: ' / ', ...small }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  const frame = await Packer.toBuffer(doc);
  const buffer = await spliceDocxBody(frame, sections.join(''));
  ticker.done();
  return buffer;
}
