import { describe, expect, it } from 'vitest';
import { detectDate, detectDiaryNumber, detectMetadata } from './detect-metadata';
import { detectRespondent } from './detect-respondent';

describe('respondent detection from general naming patterns', () => {
  it.each([
    ['Yttrande\n\nKalmar kommun stödjer utredningens olika förslag.', 'Kalmar kommun', 'kommun'],
    [
      'Region Blekinges Remissvar Stärkt medicinsk kompetens\n\nRegion Blekinge instämmer därför inte i förslaget.',
      'Region Blekinge',
      'region',
    ],
    [
      'Remissvar\n\nStockholms stad har tagit del av betänkandet och tillstyrker förslagen.',
      'Stockholms stad',
      'kommun',
    ],
    [
      'Äldrenämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.',
      'Äldrenämnden',
      'kommun',
    ],
    [
      'Yttrande över SOU 2024:72\n\nTrafikverket har inga synpunkter på förslagen.',
      'Trafikverket',
      'myndighet',
    ],
    [
      'Länsstyrelsen i Kalmar län har beretts tillfälle att yttra sig och tillstyrker.',
      'Länsstyrelsen i Kalmar län',
      'myndighet',
    ],
    [
      'Remissvar från Vårdförbundet\n\nVårdförbundet välkomnar utredningens förslag.',
      'Vårdförbundet',
      'organisation',
    ],
    ['ESKILSTUNA KOMMUN\n\nYttrande\n\nVi ser positivt på förslagen.', 'Eskilstuna kommun', 'kommun'],
  ])('finds the respondent in %j', (text, name, type) => {
    expect(detectRespondent(text)).toEqual({ name, type });
  });

  it('prefers the body that speaks over bodies mentioned in passing', () => {
    const text = [
      'Lerums kommun ser positivt på förslaget.',
      'Förslaget att Socialstyrelsen ges i uppdrag att ta fram föreskrifter. I Region Stockholm har man ett separat uppdrag.',
      'Lerums kommun instämmer i förslaget att Socialstyrelsen bemyndigas.',
      'Lerums kommun',
    ].join('\n');
    expect(detectRespondent(text).name).toBe('Lerums kommun');
  });

  it('returns an empty name when no body is named', () => {
    expect(detectRespondent('Vi har inga synpunkter.').name).toBe('');
  });
});

describe('date and diary number', () => {
  it('reads the date and diary number from a letterhead table (Eskilstuna)', () => {
    const text =
      'Vård- och omsorgsnämnden  Datum Diarienummer \n\nVård- och omsorgsförvaltningen  2025-02-11  VON/2024:198  \n\nText.';
    expect(detectMetadata(text)).toMatchObject({ date: '2025-02-11', diaryNumber: 'VON/2024:198' });
  });

  it("reads a labelled diary number and ignores the ministry's own reference", () => {
    expect(
      detectDiaryNumber('Er beteckning S2024/01966\nTjänsteutlåtande\nDnr ALD 2024/457\nSida 5 (9)'),
    ).toBe('ALD 2024/457');
  });

  it('does not take report or law references for a diary number', () => {
    expect(
      detectDiaryNumber('Stärkt medicinsk kompetens (SOU 2024:72) och Dir 2023:148 samt lagen (2017:612).'),
    ).toBeNull();
  });

  it('ignores deadlines and reads a signature date in words', () => {
    const text = [
      'Yttrandet ska vara kommunstyrelsen tillhanda senast den 2025-02-03.',
      ...Array(30).fill('Text.'),
      'Kalmar den 5 februari 2025',
    ].join('\n');
    expect(detectDate(text)).toBe('2025-02-05');
  });
});
