import { describe, expect, it } from 'vitest';
import { isPageCounter } from './furniture-patterns';
import { texts } from './test-helpers';

describe('page furniture', () => {
  it('recognises page counters', () => {
    for (const counter of ['3 (4)', 'Sida 5 (9)', '1 (3)', 'Sida 2 av 7', '4/9'])
      expect(isPageCounter(counter)).toBe(true);
    for (const content of ['2024:72', '1 100 invånare', 'Sida vid sida'])
      expect(isPageCounter(content)).toBe(false);
  });

  it('removes a running header with diary number and counter and mends the sentence it cut (Kalmar)', () => {
    const input = [
      'Det kräver högre kompetens hos såväl legitimerad personal som hos vård- och omsorgspersonal. Det krävs ofta ',
      '',
      '',
      '',
      'NIA 2023/0012  3 (4) ',
      ' ',
      ' ',
      '',
      'ökade resurser i tid och pengar. Samtidigt har inte resurserna följt med i ',
      'övergången i samma utsträckning. ',
    ].join('\n');
    const out = texts(input);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('Det krävs ofta ökade resurser i tid och pengar.');
    expect(out[0]).not.toContain('NIA');
  });

  it('removes a page header block with document type, Dnr, "Sida 5 (9)" and the running title (Stockholm)', () => {
    const input = [
      'En praktisk konsekvens av vårdvalet för läkarinsatser i särskilt boende är att insatsen',
      'blir organisatoriskt separerad från den övriga primärvårdsverksamheten. Det handlar',
      'exempelvis om de patienter ',
      '',
      '',
      'Tjänsteutlåtande ',
      'Dnr ALD 2024/457 ',
      '',
      'Sida 5 (9) ',
      ' ',
      '',
      'Remiss av betänkandet - Stärkt medicinsk ',
      'kompetens i kommunal hälso- och sjukvård ',
      '(SOU 2024:72) ',
      ' ',
      '',
      'som vistas på korttidsvård efter vistelse inom akutsjukvården eller ',
      'avlastning/växelvård då är läkaransvaret kvar där patienten är listad. ',
    ].join('\n');
    const out = texts(input);
    expect(out).toHaveLength(1);
    expect(out[0]).toContain('exempelvis om de patienter som vistas på korttidsvård');
    expect(out[0]).not.toMatch(/Sida|Dnr|Tjänsteutlåtande|SOU/u);
  });

  it('removes the letterhead block above the title but keeps the addressee and title (Eskilstuna)', () => {
    const input = [
      'Vård- och omsorgsnämnden  Datum Diarienummer ',
      '',
      'Vård- och omsorgsförvaltningen  2025-02-11  VON/2024:198  ',
      '',
      'Utredningsenheten   Handlingsnummer ',
      '',
      'Sara Jullienne Hallman  016-710 40 31   2025:190 ',
      '',
      '1 (3) ',
      '',
      'Postadress Besöksadress ',
      'Telefon, växel Mobiltelefon E-post ',
      'Eskilstuna kommun Alva myrdalsgata 5  016-710 10 00  sara.hallman@eskilstuna.se ',
      '631 86 Eskilstuna Webbplats    ',
      'Eskilstuna.se  ',
      '',
      'Socialdepartementet ',
      '',
      'Eskilstuna kommuns yttrande över remiss - ',
      'Stärkt medicinsk kompetens i kommunal hälso- ',
      'och sjukvård (SOU 2024:72) ',
      ' ',
      'Eskilstuna kommun har fått tillfälle att yttra sig över remissen Stärkt medicinsk ',
      'kompetens i kommunal hälso- och sjukvård (SOU 2024:72), er beteckning S2024/01966. ',
    ].join('\n');
    expect(texts(input)).toEqual([
      'Socialdepartementet',
      'Eskilstuna kommuns yttrande över remiss - Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72)',
      'Eskilstuna kommun har fått tillfälle att yttra sig över remissen Stärkt medicinsk kompetens i kommunal hälso- och sjukvård (SOU 2024:72), er beteckning S2024/01966.',
    ]);
  });

  it('removes lines repeated at the top of every page but keeps the same words inside the text', () => {
    const page = (n: number) => [`Remissvar Region Exempel\fSida ${n} (3)`];
    const body =
      'Region Exempel ställer sig positiv till förslaget om en nationell samordnare för att nå riktvärdet.';
    const input = [
      page(1)[0]!.split('\f')[0],
      `Sida 1 (3)`,
      body,
      '\fRemissvar Region Exempel',
      'Sida 2 (3)',
      body,
      '\fRemissvar Region Exempel',
      'Sida 3 (3)',
      'Remissvar Region Exempel är vårt svar och det står i texten.',
    ].join('\n');
    const out = texts(input);
    expect(out.filter((t) => t === 'Remissvar Region Exempel')).toHaveLength(0);
    expect(out.join('\n')).toContain('Remissvar Region Exempel är vårt svar');
  });
});
