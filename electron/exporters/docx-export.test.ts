// The Word compilation read back with mammoth: title, summary, proposals in codebook order, quotes under stances.
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildCompilation } from '../../shared/compilation/build-compilation';
import { exportCompilationDocx } from './docx-export';
import { demoSnapshot } from './test-fixtures';

const NOW = new Date(2025, 2, 14, 9, 30);

async function docxText(locale: 'sv' | 'en' = 'sv') {
  const buf = await exportCompilationDocx(buildCompilation(demoSnapshot(), {}, locale, NOW));
  return (await mammoth.extractRawText({ buffer: buf })).value;
}

describe('exportCompilationDocx', () => {
  it('opens with the report name, project, filter and date', async () => {
    const text = await docxText();
    expect(text.indexOf('REMISSAMMANSTÄLLNING')).toBeLessThan(
      text.indexOf('SOU 2024:72 Stärkt medicinsk kompetens'),
    );
    expect(text).toContain('Projekt: Remissammanställning SOU 2024:72');
    expect(text).toContain('Skapad: 2025-03-14 09:30');
    expect(text).toContain(
      'Urval: Alla förslag, remissinstanser, ställningstaganden och kodare (inget urval)',
    );
  });

  it('has a summary table and then the proposals in codebook order', async () => {
    const text = await docxText();
    const summary = text.indexOf('Sammanfattning av ställningstaganden');
    const at = (s: string) => text.indexOf(s, summary + 1);
    expect(summary).toBeGreaterThan(0);
    const headings = [
      '4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt\n',
      '4.2.3 Bemyndigande',
      '5.4 Kommuner får anställa',
      'Övergripande synpunkter\n',
    ].map((h) => text.lastIndexOf(h));
    expect(headings).toEqual([...headings].sort((a, b) => a - b));
    expect(at('Tillstyrker delvis / med förbehåll')).toBeGreaterThan(summary);
  });

  it('quotes a seed passage under its proposal and stance with reference and comment', async () => {
    const text = await docxText();
    const section = text.lastIndexOf('4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt');
    const next = text.indexOf('4.1.5 Proaktivt', section);
    const body = text.slice(section, next);
    expect(body).toContain('Tillstyrker: 2');
    expect(body).toContain('Tveksam: 1');
    const sceptical = body.indexOf('Tveksam (1)');
    const quote = body.indexOf(
      '”Region Blekinge ställer sig tveksam till att ett lagkrav kan bidra till stärkt medicinsk läkarbedömning dygnet runt.”',
    );
    expect(sceptical).toBeGreaterThan(0);
    expect(quote).toBeGreaterThan(sceptical);
    expect(body).toContain('Kommentar: Hänvisar till befintlig sekundärjour.');
    expect(body).toMatch(/Region Blekinge, st\. \d+ · region-blekinge\.txt · Kodare: Erik Ängström/);
  });

  it('writes English headings when asked', async () => {
    const text = await docxText('en');
    expect(text).toContain('CONSULTATION COMPILATION');
    expect(text).toContain('Summary of stances');
    expect(text).toContain('Supports: 2');
  });
});
