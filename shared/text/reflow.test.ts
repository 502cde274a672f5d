import { describe, expect, it } from 'vitest';
import { cleanSnippet, texts } from './test-helpers';

describe('reflow of hard line breaks', () => {
  it('joins lines broken inside a sentence into one paragraph (Kalmar)', () => {
    const input = [
      'Sammanfattning ',
      'Kalmar kommun stödjer utredningens olika förslag som tagits fram utifrån ',
      'givet direktiv. Vi ser inte att vägen till förstärkt läkarmedverkan sker genom att ',
      'kommunerna anställer egna läkare. Vi tror att utveckling av befintliga ',
      'strukturer är en mer effektiv väg. ',
      ' ',
      'Vi ser vidare att genom strategiska beslut på kommunnivå kan den befintliga ',
    ].join('\n');
    expect(texts(input)).toEqual([
      'Sammanfattning',
      'Kalmar kommun stödjer utredningens olika förslag som tagits fram utifrån givet direktiv. Vi ser inte att vägen till förstärkt läkarmedverkan sker genom att kommunerna anställer egna läkare. Vi tror att utveckling av befintliga strukturer är en mer effektiv väg.',
      'Vi ser vidare att genom strategiska beslut på kommunnivå kan den befintliga',
    ]);
  });

  it('keeps a short last line ending a sentence as the end of its paragraph', () => {
    const input = [
      'Vi ser att det finns behov av ett proaktivt arbetssätt under ordinarie arbetstid ',
      'för att minska på akuta behov under jourtid. Vår erfarenhet säger oss att upprättade ',
      'jourtid. ',
      'Vi anser att olika arbetssätt för att göra medicinska bedömningar behöver ',
      'uppmärksammas och implementeras, såväl digitala som fysiska verktyg. ',
    ].join('\n');
    expect(texts(input)).toHaveLength(2);
  });

  it('re-flows double-spaced text where a blank line sits between every line (Lerums)', () => {
    const input = [
      'Lerums kommun är positiv till betänkandets förslag om ett lagkrav på att regionen ',
      '',
      'ska säkerställa medicinsk bedömning av läkare dygnet runt för patienter i ',
      '',
      'kommunal hälso- och sjukvård samt att kommunerna ska säkerställa enskildas ',
      '',
      'tillgång till medicinsk bedömning av sjuksköterska dygnet runt. ',
      '',
      'Stärkta avtal om läkarmedverkan ',
      '',
      'Lerums kommun ställer sig positiv till betänkandets förslag på att införa möjlighet ',
      '',
      'för lämplig myndighet att meddela föreskrifter om avtal om läkarmedverkan men ',
    ].join('\n');
    expect(cleanSnippet(input)).toEqual([
      {
        type: 'paragraph',
        text: 'Lerums kommun är positiv till betänkandets förslag om ett lagkrav på att regionen ska säkerställa medicinsk bedömning av läkare dygnet runt för patienter i kommunal hälso- och sjukvård samt att kommunerna ska säkerställa enskildas tillgång till medicinsk bedömning av sjuksköterska dygnet runt.',
      },
      { type: 'heading', level: 2, text: 'Stärkta avtal om läkarmedverkan' },
      {
        type: 'paragraph',
        text: 'Lerums kommun ställer sig positiv till betänkandets förslag på att införa möjlighet för lämplig myndighet att meddela föreskrifter om avtal om läkarmedverkan men',
      },
    ]);
  });

  it('continues a sentence across a page start marked by a leading space (Region Blekinge)', () => {
    const input = [
      'nya arbetssätt krävs för att kunna lösa uppdraget och för att inte lämna patienter med behov. Vi menar också att ett lagstadgat krav på tillgång till ',
      ' läkarbedömning dygnet runt inte är rimligt att bara lägga på den enskilda vårdcentralen.',
    ].join('\n');
    expect(texts(input)).toHaveLength(1);
    expect(texts(input)[0]).toContain('tillgång till läkarbedömning dygnet runt');
  });

  it('removes stray leading spaces', () => {
    expect(texts(' Yttrande avseende remiss av betänkandet\n\nText här som är en mening.')[0]).toBe(
      'Yttrande avseende remiss av betänkandet',
    );
  });
});
