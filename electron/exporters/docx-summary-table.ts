// The summary table of the Word compilation: proposals × stances, counting respondents.
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextDirection,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Compilation } from '../../shared/compilation/build-compilation';
import { compilationLabels } from '../../shared/compilation/compilation-labels';
import { tint } from './colour-tint';
import { NAVY, RULE, TEXT_WIDTH } from './docx-styles';

const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const borders = { top: border, bottom: border, left: border, right: border };
const margins = { top: 50, bottom: 50, left: 80, right: 80 };

type CellOptions = { header?: boolean; rotated?: boolean; fill?: string; number?: boolean; bold?: boolean };

function cell(text: string, width: number, opts: CellOptions = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    borders,
    margins,
    verticalAlign: opts.header && !opts.rotated ? VerticalAlign.BOTTOM : VerticalAlign.CENTER,
    ...(opts.rotated ? { textDirection: TextDirection.BOTTOM_TO_TOP_LEFT_TO_RIGHT } : {}),
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: opts.fill } } : {}),
    children: [
      new Paragraph({
        spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
        alignment: opts.number && !opts.rotated ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [
          new TextRun({
            text,
            size: opts.header ? 16 : 18,
            bold: opts.header || opts.bold,
            color: opts.header ? 'FFFFFF' : undefined,
          }),
        ],
      }),
    ],
  });
}

export function summaryTable(c: Compilation): Table {
  const l = compilationLabels(c.metadata.locale);
  const { stances, rows } = c.summary;
  const numberWidth = Math.min(850, Math.floor((TEXT_WIDTH * 0.5) / (stances.length + 1)));
  const nameWidth = TEXT_WIDTH - numberWidth * (stances.length + 1);
  const widths = [nameWidth, ...stances.map(() => numberWidth), numberWidth];
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    height: { value: 1900, rule: HeightRule.ATLEAST },
    children: [
      cell(l.proposal, nameWidth, { header: true, fill: NAVY }),
      ...stances.map((s) => cell(s.label, numberWidth, { header: true, rotated: true, fill: NAVY })),
      cell(l.respondents, numberWidth, { header: true, rotated: true, fill: NAVY }),
    ],
  });
  const body = rows.map(
    (r, i) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(r.section ? `${r.section} ${r.title}` : r.title, nameWidth, {
            fill: i % 2 ? 'F5F7FA' : undefined,
          }),
          ...r.counts.map((n, k) =>
            cell(n ? String(n) : '–', numberWidth, {
              number: true,
              bold: n > 0,
              fill: n ? tint(stances[k]!.colour, 0.8) : i % 2 ? 'F5F7FA' : undefined,
            }),
          ),
          cell(String(r.respondents), numberWidth, { number: true, fill: i % 2 ? 'F5F7FA' : undefined }),
        ],
      }),
  );
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [header, ...body],
  });
}
