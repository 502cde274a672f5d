// Excerpts and matrix as an Excel workbook: one row per annotation × proposal, a matrix sheet, an about sheet.
import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { ExcerptRows } from '../../shared/compilation/build-excerpt-rows';
import type { Matrix } from '../../shared/compilation/build-matrix';
import type { CompilationLabels, ExportLocale } from '../../shared/compilation/compilation-labels';
import { compilationLabels, stanceLabel } from '../../shared/compilation/compilation-labels';
import type { ExportMetadata } from '../../shared/compilation/export-metadata';
import { tint } from './colour-tint';
import { excerptColumns, neutraliseFormula } from './csv-export';
import type { ExportOptionsBase } from './export-progress';
import { createTicker } from './export-progress';

const COLUMN_WIDTHS = [26, 14, 26, 7, 8, 9, 40, 20, 80, 40, 16, 20, 20];
const WRAPPED = new Set([7, 9, 10]);
const WRAP_STYLE: Partial<ExcelJS.Style> = { alignment: { wrapText: true, vertical: 'top' } };
const PLAIN_STYLE: Partial<ExcelJS.Style> = { alignment: { vertical: 'top' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF14365D' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

/** Text in Excel print headers treats "&" as a control character. */
function footerText(text: string): string {
  return text.replace(/&/g, '&&');
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = HEADER_FONT;
  row.fill = HEADER_FILL;
  row.alignment = { vertical: 'middle', wrapText: true };
  row.height = 30;
}

function printSetup(sheet: ExcelJS.Worksheet, metadata: ExportMetadata, l: CompilationLabels): void {
  sheet.pageSetup = {
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
  sheet.headerFooter = {
    oddFooter: `&L${footerText(metadata.projectName)}&C${footerText(`${l.generated} ${metadata.generatedDate}`)}&R&P / &N`,
  };
}

async function addExcerptSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  model: ExcerptRows,
  options: ExportOptionsBase,
  total: number,
) {
  const { metadata } = model;
  const l = compilationLabels(metadata.locale);
  const columns = excerptColumns(metadata.locale);
  const sheet = wb.addWorksheet(l.excerptsSheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    width: COLUMN_WIDTHS[i] ?? 16,
    style: WRAPPED.has(i + 1)
      ? { alignment: { wrapText: true, vertical: 'top' } }
      : { alignment: { vertical: 'top' } },
  }));
  styleHeader(sheet.getRow(1));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  printSetup(sheet, metadata, l);
  sheet.getRow(1).commit();
  // exceljs caches a style's index per style *object*; sharing one object per column saves a
  // style lookup per cell, which is most of the time on large sheets.
  const shared = columns.map((_, i): Partial<ExcelJS.Style> =>
    WRAPPED.has(i + 1) ? WRAP_STYLE : PLAIN_STYLE,
  );
  const ticker = createTicker(total, options);
  for (const row of model.rows) {
    const added = sheet.addRow(
      columns.map((c) => {
        const v = c.value(row);
        return typeof v === 'string' ? neutraliseFormula(v) : v;
      }),
    );
    for (let i = 0; i < shared.length; i++) added.getCell(i + 1).style = shared[i]!;
    added.commit();
    await ticker.tick();
  }
  sheet.commit();
}

function addMatrixSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  matrix: Matrix,
  metadata: ExportMetadata,
  locale: ExportLocale,
) {
  const l = compilationLabels(locale);
  const sheet = wb.addWorksheet(l.matrixSheet, { views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }] });
  const stanceById = new Map(matrix.stances.map((s) => [s.id, s]));
  sheet.columns = [
    { header: l.respondent, width: 30 },
    { header: l.respondentType, width: 14 },
    ...matrix.proposals.map((p) => ({ header: p.section ? `${p.section} ${p.title}` : p.title, width: 20 })),
  ];
  const header = sheet.getRow(1);
  styleHeader(header);
  header.height = 75;
  header.alignment = { vertical: 'bottom', wrapText: true };

  matrix.respondents.forEach((r, ri) => {
    const values: (string | null)[] = [neutraliseFormula(r.respondent), l.respondentTypes[r.respondentType]];
    matrix.cells[ri]!.forEach((cell) => {
      if (!cell) {
        values.push(null);
        return;
      }
      const names = cell.stances.map((s) => stanceLabel(stanceById.get(s.stanceId)!, locale));
      const text = names.length ? names.join(' / ') : '–';
      values.push(`${cell.conflict ? '⚠ ' : ''}${text} (${cell.excerptCount})`);
    });
    const row = sheet.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
    matrix.cells[ri]!.forEach((cell, pi) => {
      if (!cell || cell.stances.length === 0) return;
      const x = row.getCell(pi + 3);
      const colour = cell.conflict ? '#fbc02d' : stanceById.get(cell.stances[0]!.stanceId)!.colour;
      x.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${tint(colour, 0.72)}` } };
    });
    row.commit();
  });

  sheet.addRow([]);
  for (const stance of matrix.stances) {
    const row = sheet.addRow([
      `${l.total}: ${stanceLabel(stance, locale)}`,
      null,
      ...matrix.totals.map((t) => t.byStance[stance.id] ?? 0),
    ]);
    row.font = { bold: true };
    row.getCell(1).fill = {
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: `FF${tint(stance.colour, 0.72)}` },
    };
  }
  const all = sheet.addRow([l.respondents, null, ...matrix.totals.map((t) => t.respondents)]);
  all.font = { bold: true };
  all.border = { top: { style: 'thin' } };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: matrix.proposals.length + 2 } };
  printSetup(sheet, metadata, l);
  sheet.commit();
}

function addAboutSheet(
  wb: ExcelJS.stream.xlsx.WorkbookWriter,
  metadata: ExportMetadata,
  rowCount: number,
  respondents: number,
) {
  const l = compilationLabels(metadata.locale);
  const sheet = wb.addWorksheet(l.aboutSheet);
  sheet.columns = [{ width: 24 }, { width: 90 }];
  const rows: [string, string | number][] = [
    [l.project, metadata.projectName],
    [l.report, metadata.reportTitle],
    [l.filter, metadata.filterDescription],
    [l.generated, metadata.generatedDate],
    [l.excerpts, rowCount],
    [l.respondents, respondents],
    ['Remisskod', metadata.generatedAt],
  ];
  for (const [k, v] of rows) {
    const row = sheet.addRow([k, typeof v === 'string' ? neutraliseFormula(v) : v]);
    row.getCell(1).font = { bold: true };
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  sheet.commit();
}

/**
 * Sheets: excerpts ("Utdrag"/"Excerpts"), matrix ("Matris"/"Matrix"), about ("Om exporten"/"About").
 * Written with exceljs' streaming writer: rows are serialised as they are added, so memory stays flat.
 */
export async function exportExcerptsXlsx(
  model: ExcerptRows,
  matrix: Matrix,
  options: ExportOptionsBase = {},
): Promise<Buffer> {
  const { metadata } = model;
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('error', reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Remisskod';
  wb.title = `${metadata.projectName} – ${metadata.reportTitle}`;
  wb.subject = metadata.filterDescription;
  wb.created = new Date(metadata.generatedAt);
  await addExcerptSheet(wb, model, options, model.rows.length);
  addMatrixSheet(wb, matrix, metadata, metadata.locale);
  addAboutSheet(wb, metadata, model.rows.length, matrix.respondents.length);
  await wb.commit();
  await finished;
  options.onProgress?.(model.rows.length, model.rows.length);
  return Buffer.concat(chunks);
}
