// The title page of the Word compilation: report name, project, filter, date and scope.
import { BorderStyle, LineRuleType, Paragraph, TextRun } from 'docx';
import type { Compilation } from '../../shared/compilation/build-compilation';
import { compilationLabels } from '../../shared/compilation/compilation-labels';
import { GREY, NAVY, RULE, SLATE } from './docx-styles';

function metaLine(label: string, value: string): Paragraph {
  return new Paragraph({
    spacing: { after: 100 },
    children: [new TextRun({ text: `${label}: `, bold: true, color: SLATE }), new TextRun({ text: value })],
  });
}

export function titlePage(c: Compilation): Paragraph[] {
  const { metadata } = c;
  const l = compilationLabels(metadata.locale);
  return [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({
      spacing: { after: 200 },
      children: [
        new TextRun({
          text: l.compilationTitle.toUpperCase(),
          bold: true,
          size: 24,
          color: GREY,
          characterSpacing: 40,
        }),
      ],
    }),
    new Paragraph({
      spacing: { after: 480, line: 240, lineRule: LineRuleType.AUTO },
      border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: NAVY, space: 12 } },
      children: [new TextRun({ text: metadata.reportTitle, bold: true, size: 48, color: NAVY })],
    }),
    metaLine(l.project, metadata.projectName),
    metaLine(l.respondents, String(c.respondentCount)),
    metaLine(l.excerptCount, String(c.excerptCount)),
    metaLine(l.filter, metadata.filterDescription),
    metaLine(l.generated, metadata.generatedDate),
    new Paragraph({
      spacing: { before: 4800 },
      border: { top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 6 } },
      children: [new TextRun({ text: 'Remisskod', size: 16, color: GREY })],
    }),
  ];
}
