// Interned looks: equal looks are one object, any difference (tooltip included) is another.
import { describe, expect, it } from 'vitest';
import { createLookInterner, type LookParts } from './leaf-look';

const parts = (over: Partial<LookParts> = {}): LookParts => ({
  colour: '#1565c0',
  pattern: 'solid',
  depth: 1,
  selected: false,
  title: '4.1.1 Lagkrav på tillgång till medicinsk bedömning — Tillstyrker',
  ...over,
});

describe('createLookInterner', () => {
  it('returns the very same look for equal parts, so unchanged runs compare equal', () => {
    const intern = createLookInterner();
    const a = intern(parts());
    const sameText = ['4.1.1 Lagkrav på tillgång till medicinsk bedömning', 'Tillstyrker'].join(' — ');
    expect(intern(parts({ title: sameText }))).toBe(a);
  });

  it('keeps looks with different tooltips apart', () => {
    const intern = createLookInterner();
    const a = intern(parts());
    const b = intern(parts({ title: '5.4 Kommuner får anställa läkare — Avstyrker' }));
    expect(b).not.toBe(a);
    expect(b.title).toBe('5.4 Kommuner får anställa läkare — Avstyrker');
    expect(intern(parts())).toBe(a);
  });

  it('puts selection, overlap and pattern in the class names', () => {
    const intern = createLookInterner();
    const look = intern(parts({ depth: 2, selected: true, pattern: 'dashed' }));
    expect(look.className).toMatch(/^hl hl-dashed /);
    expect(look.className).toContain(' hl-overlap');
    expect(look.className).toContain(' hl-selected');
    expect(intern(parts({ depth: 2, selected: false, pattern: 'dashed' }))).not.toBe(look);
  });

  it('still gives each look its own tooltip after the cache is emptied for growing too big', () => {
    const intern = createLookInterner();
    // more distinct tooltips than the interner keeps: it starts over once, numbering titles anew
    for (let i = 0; i < 50_010; i++) intern(parts({ title: `Förslag ${i}` }));
    expect(intern(parts({ title: 'Förslag 3' })).title).toBe('Förslag 3');
    expect(intern(parts({ title: 'Förslag 50005' })).title).toBe('Förslag 50005');
    expect(intern(parts({ title: 'Förslag 3' }))).toBe(intern(parts({ title: 'Förslag 3' })));
  });
});
