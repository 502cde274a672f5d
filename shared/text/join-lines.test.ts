import { describe, expect, it } from 'vitest';
import { joinLineText } from './join-lines';
import { texts } from './test-helpers';

describe('hyphenated words across lines', () => {
  it('keeps suspended hyphens: "hälso- och sjukvård"', () => {
    expect(joinLineText('Stärkt medicinsk kompetens i kommunal hälso-', 'och sjukvård (SOU 2024:72)')).toBe(
      'Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)',
    );
    expect(joinLineText('vi ser patientsäkerhets-', 'och resursfördelningsperspektivet')).toBe(
      'vi ser patientsäkerhets- och resursfördelningsperspektivet',
    );
  });

  it('joins a word split by a hyphen at the line end', () => {
    expect(joinLineText('det krävs mer kvalitets-', 'säkring av vården')).toBe(
      'det krävs mer kvalitetssäkring av vården',
    );
  });

  it('keeps the hyphen after an acronym or short prefix: "VULF-avtal", "e-tjänster"', () => {
    expect(joinLineText('att införa ett breddat VULF-', 'avtal som också omfattar')).toBe(
      'att införa ett breddat VULF-avtal som också omfattar',
    );
    expect(joinLineText('fler e-', 'tjänster')).toBe('fler e-tjänster');
  });

  it('keeps a spaced dash as a dash between words', () => {
    expect(joinLineText('Eskilstuna kommuns yttrande över remiss -', 'Stärkt medicinsk kompetens')).toBe(
      'Eskilstuna kommuns yttrande över remiss - Stärkt medicinsk kompetens',
    );
  });

  it('does both inside a double-spaced seed paragraph (Lerums)', () => {
    const input =
      'Lerums kommun instämmer i betänkandets förslag att införa ett breddat VULF-\n\navtal som också omfattar arbetsterapiutbildningen och fysioterapiutbildningen. ';
    expect(texts(input)).toEqual([
      'Lerums kommun instämmer i betänkandets förslag att införa ett breddat VULF-avtal som också omfattar arbetsterapiutbildningen och fysioterapiutbildningen.',
    ]);
  });
});
