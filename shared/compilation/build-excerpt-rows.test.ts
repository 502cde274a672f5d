// Excerpt rows: one per annotation × proposal, with everything a spreadsheet user filters on.
import { describe, expect, it } from 'vitest';
import { buildExcerptRows } from './build-excerpt-rows';
import { sampleSnapshot } from './sample-snapshot';

describe('buildExcerptRows', () => {
  it('makes one row per annotation and tagged proposal', () => {
    const { rows } = buildExcerptRows(sampleSnapshot(), {}, 'sv');
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.annotationId === 'ann-5').map((r) => r.section)).toEqual(['4.4.3', '']);
  });

  it('fills respondent, type, file, page, section, proposal, stance, excerpt, comment and coder', () => {
    const { rows } = buildExcerptRows(sampleSnapshot(), {}, 'sv');
    expect(rows[0]).toMatchObject({
      respondent: 'Kalmar kommun',
      respondentType: 'Kommun',
      fileName: 'kalmar-kommun.pdf',
      page: 2,
      section: '4.1.1',
      proposal: 'Lagkrav på tillgång till medicinsk bedömning dygnet runt',
      stance: 'Tillstyrker',
      excerpt: 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning dygnet runt.',
      comment: 'Tydligt stöd.',
      coder: 'Åsa Öberg',
    });
    expect(rows.find((r) => r.codeId === 'general')!.stance).toBe('');
  });

  it('keeps only filtered stances', () => {
    const { rows, metadata } = buildExcerptRows(sampleSnapshot(), { stanceIds: ['opposes'] }, 'en');
    expect(rows.map((r) => r.respondent)).toEqual(['Kalmar kommun', 'Region Blekinge']);
    expect(metadata.filterDescription).toBe('Stances: Opposes');
  });
});
