// The compilation reads like a remissammanställning: counts line, then per stance who said what, with references.
import { describe, expect, it } from 'vitest';
import { buildCompilation } from './build-compilation';
import { sampleSnapshot } from './sample-snapshot';

const NOW = new Date(2025, 2, 14, 9, 30);

describe('buildCompilation', () => {
  it('gives one section per proposal in codebook order with a counts line of respondents', () => {
    const c = buildCompilation(sampleSnapshot(), {}, 'sv', NOW);
    expect(c.proposals.map((p) => p.heading)).toEqual([
      '4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt',
      '4.4.3 Inga sanktioner inom läkarmedverkan',
      '5.4 Kommuner får anställa, anlita eller finansiera läkare',
      'Övergripande synpunkter',
    ]);
    expect(c.proposals[0]!.countsLine).toBe('Tillstyrker: 2 · Tveksam: 1');
    expect(c.proposals[2]!.countsLine).toBe('Tillstyrker: 1 · Avstyrker: 2 · Avstår / inga synpunkter: 1');
    expect(c.proposals[3]!.countsLine).toBe('Inget ställningstagande angivet: 1');
  });

  it('lists respondents per stance with quote, page or paragraph reference, comment and coder', () => {
    const c = buildCompilation(sampleSnapshot(), {}, 'sv', NOW);
    const supports = c.proposals[0]!.groups[0]!;
    expect(supports.label).toBe('Tillstyrker');
    expect(supports.respondents.map((r) => r.respondent)).toEqual(['Kalmar kommun', 'Lerums kommun']);
    expect(supports.respondents[0]!.excerpts[0]).toMatchObject({
      quote: 'Vi stödjer utredningens förslag om tillgång till medicinsk bedömning dygnet runt.',
      reference: 's. 2',
      comment: 'Tydligt stöd.',
      coder: 'Åsa Öberg',
    });
    const sceptical = c.proposals[0]!.groups[1]!;
    expect(sceptical.respondents[0]!.excerpts[0]!.reference).toBe('st. 3');
  });

  it('folds line breaks of a passage spanning two paragraphs', () => {
    const c = buildCompilation(sampleSnapshot(), {}, 'sv', NOW);
    const noPosition = c.proposals[2]!.groups.find((g) => g.stanceId === 'no_position')!;
    expect(noPosition.respondents[0]!.excerpts[0]!.quote).toBe(
      'frivillighet, men ser för egen del inga vinster',
    );
  });

  it('has a summary table and metadata naming project, filter and date', () => {
    const c = buildCompilation(sampleSnapshot(), { coderIds: ['coder-2'] }, 'sv', NOW);
    expect(c.summary.stances[0]!.label).toBe('Tillstyrker');
    expect(c.summary.rows[0]).toMatchObject({ codeId: '4.1.1', counts: [0, 0, 1, 0, 0, 0], respondents: 1 });
    expect(c.metadata).toMatchObject({
      projectName: 'Remiss SOU 2024:72',
      filterDescription: 'Kodare: Erik Ängström',
      generatedDate: '2025-03-14 09:30',
    });
  });

  it('speaks English when asked', () => {
    const c = buildCompilation(sampleSnapshot(), {}, 'en', NOW);
    expect(c.proposals[0]!.countsLine).toBe('Supports: 2 · Sceptical: 1');
    expect(c.proposals[0]!.groups[0]!.respondents[0]!.excerpts[0]!.reference).toBe('p. 2');
    expect(c.proposals[1]!.countsLine).toBe('Supports: 1');
    expect(
      buildCompilation(sampleSnapshot(), { codeIds: ['4.4.3'] }, 'en', NOW).proposals[0]!.countsLine,
    ).toBe('Supports: 1');
  });
});
