// Section numbers a coder would see cited in a passage.
import { describe, expect, it } from 'vitest';
import { findSectionRefs } from './section-refs';

const sections = (text: string, heading = false) => findSectionRefs(text, heading).map((r) => r.section);

describe('findSectionRefs', () => {
  it('reads "avsnitt", "kap." and "kapitel" citations', () => {
    expect(sections('Kommunen tillstyrker förslaget i avsnitt 4.1.1.')).toEqual(['4.1.1']);
    expect(sections('Lagkrav och ansvar kap.4')).toEqual(['4']);
    expect(sections('Se kapitel 7 och avsnitten 5.4 och 5.5.')).toEqual(['7', '5.4', '5.5']);
  });

  it('reads bare section numbers as weaker citations', () => {
    const refs = findSectionRefs('Förslaget i 4.6.6 är bra.');
    expect(refs).toEqual([{ section: '4.6.6', explicit: false }]);
  });

  it('reads the number that leads a heading', () => {
    expect(sections('7.1.1 Tillsätt en nationell samordnare', true)).toEqual(['7.1.1']);
    expect(sections('5. En ordning där kommunerna kan anställa läkare', true)).toEqual(['5']);
    expect(sections('4 Stärkt läkarmedverkan', true)).toEqual(['4']);
  });

  it('ignores dates, report numbers, law references and page numbers', () => {
    expect(sections('Se SOU 2022:41 och lagen (2017:612), beslut 2025-02-11, sida 3 (4).')).toEqual([]);
    expect(sections('fast läkarkontakt ska utses enligt 6 kap. 3 § patientlagen')).toEqual([]);
    expect(sections('1 100 invånare per läkare')).toEqual([]);
  });
});
