// CSV opens right in Excel: BOM, chosen delimiter, quoted fields, no formulas, project/filter/date on top.
import { describe, expect, it } from 'vitest';
import { buildExcerptRows } from '../../shared/compilation/build-excerpt-rows';
import { csvCell, exportExcerptsCsv } from './csv-export';
import { demoSnapshot } from './test-fixtures';

const NOW = new Date(2025, 2, 14, 9, 30);

describe('exportExcerptsCsv', () => {
  it('starts with a UTF-8 BOM and keeps å/ä/ö', async () => {
    const buf = await exportExcerptsCsv(buildExcerptRows(demoSnapshot(), {}, 'sv', NOW));
    expect([...buf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(buf.toString('utf8')).toContain('Region Blekinge ställer sig tveksam');
  });

  it('uses semicolons when asked and names project, filter and date before the header', async () => {
    const model = buildExcerptRows(demoSnapshot(), { stanceIds: ['opposes'] }, 'sv', NOW);
    const text = (await exportExcerptsCsv(model, { delimiter: ';' })).toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('Projekt;Remissammanställning SOU 2024:72');
    expect(lines[2]).toBe('Urval;Ställningstaganden: Avstyrker');
    expect(lines[3]).toBe('Skapad;2025-03-14 09:30');
    expect(lines[5]).toBe(
      'Remissinstans;Typ av remissinstans;Dokument;Sida;Stycke;Avsnitt;Förslag;Ställningstagande;Utdrag;Kommentar;Kodare;Skapad;Ändrad',
    );
    expect(lines.filter((l) => l.includes(';Avstyrker;'))).toHaveLength(2);
  });

  it('quotes per RFC 4180 and defuses formulas', () => {
    expect(csvCell('a,b', ',')).toBe('"a,b"');
    expect(csvCell('säger "nej"\nnu', ';')).toBe('"säger ""nej""\nnu"');
    expect(csvCell('=HYPERLINK("x")', ',')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+46 16 71', ',')).toBe("'+46 16 71");
    expect(csvCell('@SUM(A1)', ';')).toBe("'@SUM(A1)");
    expect(csvCell(3, ';')).toBe('3');
  });
});
