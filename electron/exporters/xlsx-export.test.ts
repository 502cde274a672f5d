// The workbook read back with exceljs: excerpt rows, matrix, and which project/filter/date made it.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildExcerptRows } from '../../shared/compilation/build-excerpt-rows';
import { buildMatrix } from '../../shared/compilation/build-matrix';
import { DEMO_ANNOTATIONS, demoSnapshot } from './test-fixtures';
import { exportExcerptsXlsx } from './xlsx-export';

const NOW = new Date(2025, 2, 14, 9, 30);

async function readBack(locale: 'sv' | 'en' = 'sv') {
  const s = demoSnapshot();
  const buf = await exportExcerptsXlsx(buildExcerptRows(s, {}, locale, NOW), buildMatrix(s, {}));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb;
}

const text = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

describe('exportExcerptsXlsx', () => {
  it('has one excerpt row per annotation × proposal under a frozen, filtered header', async () => {
    const wb = await readBack();
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Utdrag', 'Matris', 'Om exporten']);
    const sheet = wb.getWorksheet('Utdrag')!;
    const tagCount = DEMO_ANNOTATIONS.reduce((n, a) => n + a.tags.length, 0);
    expect(sheet.rowCount).toBe(1 + tagCount);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(text(sheet.getCell('A1').value)).toBe('Remissinstans');
    expect(text(sheet.getCell('I1').value)).toBe('Utdrag');
    expect(sheet.getColumn(9).width).toBeGreaterThan(60);
  });

  it('puts a known seed excerpt under its proposal and stance, with å/ä/ö intact', async () => {
    const sheet = (await readBack()).getWorksheet('Utdrag')!;
    const rows = sheet.getSheetValues().slice(2) as ExcelJS.CellValue[][];
    const row = rows.find((r) => text(r[9]).startsWith('Region Blekinge ställer sig tveksam'))!;
    expect(row[1]).toBe('Region Blekinge');
    expect(row[2]).toBe('Region');
    expect(row[6]).toBe('4.1.1');
    expect(row[7]).toBe('Lagkrav på tillgång till medicinsk bedömning dygnet runt');
    expect(row[8]).toBe('Tveksam');
    expect(row[10]).toBe('Hänvisar till befintlig sekundärjour.');
    expect(row[11]).toBe('Erik Ängström');
    expect(sheet.getRow(rows.indexOf(row) + 2).getCell(9).alignment?.wrapText).toBe(true);
  });

  it('has a matrix sheet with stances per respondent and totals per proposal', async () => {
    const sheet = (await readBack()).getWorksheet('Matris')!;
    const header = Array.from(sheet.getRow(1).values as ExcelJS.CellValue[], text);
    const col = header.findIndex((h) => h.startsWith('5.4 '));
    const names = Array.from(sheet.getColumn(1).values, text);
    expect(names.slice(2, 7)).toEqual([
      'Eskilstuna kommun',
      'Kalmar kommun',
      'Lerums kommun',
      'Region Blekinge',
      'Stockholms stad (Äldrenämnden)',
    ]);
    const kalmar = sheet.getRow(names.indexOf('Kalmar kommun'));
    expect(text(kalmar.getCell(col).value)).toBe('Avstyrker (1)');
    const totals = (sheet.getSheetValues() as ExcelJS.CellValue[][]).find(
      (r) => r && text(r[1]) === 'Summa: Avstyrker',
    )!;
    expect(totals[col]).toBe(2);
  });

  it('says which project, filter and date produced it', async () => {
    const about = (await readBack()).getWorksheet('Om exporten')!;
    const pairs = Object.fromEntries(
      (about.getSheetValues().slice(1) as ExcelJS.CellValue[][]).map((r) => [r[1], r[2]]),
    );
    expect(pairs['Projekt']).toBe('Remissammanställning SOU 2024:72');
    expect(pairs['Urval']).toBe('Alla förslag, remissinstanser, ställningstaganden och kodare (inget urval)');
    expect(pairs['Skapad']).toBe('2025-03-14 09:30');
  });

  it('names the sheets in English when asked', async () => {
    expect((await readBack('en')).worksheets.map((w) => w.name)).toEqual(['Excerpts', 'Matrix', 'About']);
  });
});
