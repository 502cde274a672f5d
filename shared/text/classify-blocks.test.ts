import { describe, expect, it } from 'vitest';
import { cleanSnippet } from './test-helpers';

describe('headings and list items', () => {
  it('detects numbered headings with their level, also when they wrap (Region Blekinge)', () => {
    const input = [
      '4.1.1 Genomför redan lämnade förslag om lagkrav på tillgång till medicinsk ',
      'bedömning dygnet runt ',
      '',
      'Region Blekinge ställer sig tveksam till att ett lagkrav kan bidra till stärkt medicinsk läkarbedömning dygnet runt.',
      '',
      '5 En ordning där kommunerna kan anställa läkare ',
      '',
      'Region Blekinge samtycker inte till utredningens förslag. Våra huvudskäl för detta är: ',
    ].join('\n');
    const blocks = cleanSnippet(input);
    expect(blocks[0]).toEqual({
      type: 'heading',
      level: 3,
      text: '4.1.1 Genomför redan lämnade förslag om lagkrav på tillgång till medicinsk bedömning dygnet runt',
    });
    expect(blocks[2]).toEqual({
      type: 'heading',
      level: 1,
      text: '5 En ordning där kommunerna kan anställa läkare',
    });
    expect(blocks[3]!.type).toBe('paragraph');
  });

  it('detects "4. Stärkt …" headings and short title lines, but not a footnote ending with a colon', () => {
    const blocks = cleanSnippet(
      [
        '4. Stärkt läkarmedverkan i kommunal hälso- och sjukvård ',
        '',
        'Vad gäller reglering av avtal för läkarmedverkan behöver det skapas bättre förutsättningar.',
        '',
        '1 I läkaransvar ingår bland annat att: ',
        '',
        'Text som följer här och slutar.',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('turns bulleted lines into list items without the bullet, joining their wrapped lines (Kalmar)', () => {
    const input = [
      'Kalmar kommun ser att det finns områden som tangerar direktivet som ',
      'behöver ytterligare utredas: ',
      '',
      '• Att regionen blir betalningsansvarig vid brister i utskrivningsprocessen ',
      '',
      '• Att omställningen till god och nära vård har lett till att mer vård ges i ',
      'hemmet och en vårdförskjutning utan kompensation/resurstilldelning ',
      'till kommunen  ',
      '',
      '- Socialstyrelsen ges i uppdrag att ta fram föreskrifter för avtal om läkarmedverkan ',
    ].join('\n');
    expect(cleanSnippet(input)).toEqual([
      {
        type: 'paragraph',
        text: 'Kalmar kommun ser att det finns områden som tangerar direktivet som behöver ytterligare utredas:',
      },
      { type: 'list-item', text: 'Att regionen blir betalningsansvarig vid brister i utskrivningsprocessen' },
      {
        type: 'list-item',
        text: 'Att omställningen till god och nära vård har lett till att mer vård ges i hemmet och en vårdförskjutning utan kompensation/resurstilldelning till kommunen',
      },
      {
        type: 'list-item',
        text: 'Socialstyrelsen ges i uppdrag att ta fram föreskrifter för avtal om läkarmedverkan',
      },
    ]);
  });

  it('leaves a signature block at the end as paragraphs, not headings (Stockholm)', () => {
    const blocks = cleanSnippet(
      [
        'inför. Det är vår bedömning.',
        ' ',
        'Karin Bülow  Jonna Hermansson ',
        'Förvaltningschef  Avdelningschef ',
      ].join('\n'),
    );
    expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
  });

  it('moves a footnote that interrupted a sentence after the mended paragraph (Stockholm)', () => {
    const input = [
      'Ärendet har beretts inom avdelningen för stadsövergripande äldreomsorgsfrågor. Att en försöksverksamhet med Magnetmodellen1 i',
      'kommunal hälso- och sjukvård ska genomföras. Samverkan med de fackliga organisationerna ',
      '',
      ' ',
      '1 Magnetmodellen handlar om att sjuksköterskors kompetens tillvaratas genom att ',
      'teamarbetet fungerar. ',
      ' har skett i förvaltningsgruppen den 22 januari 2025. ',
    ].join('\n');
    const out = cleanSnippet(input).map((b) => b.text);
    expect(out[0]).toContain(
      'Samverkan med de fackliga organisationerna har skett i förvaltningsgruppen den 22 januari 2025.',
    );
    expect(out[1]).toMatch(/^1 Magnetmodellen handlar om/u);
  });
});
