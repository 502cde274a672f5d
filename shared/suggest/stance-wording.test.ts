// Stance wording: what a coder would read out of one Swedish sentence, negation and hedging included.
import { describe, expect, it } from 'vitest';
import { classifyStance } from './stance-wording';

const stanceOf = (sentence: string) => classifyStance(sentence).stance;

describe('classifyStance', () => {
  it.each([
    ['Kommunen tillstyrker förslaget i avsnitt 4.1.1.', 'supports'],
    ['Nämnden instämmer i utredningens bedömning.', 'supports'],
    ['Regionen ställer sig positiv till förslaget.', 'supports'],
    ['Vi stödjer utredningens förslag om nationell samordnare.', 'supports'],
    ['Myndigheten välkomnar förslaget.', 'supports'],
    ['Kommunen delar utredningens bedömning att inga sanktioner bör införas.', 'supports'],
    ['Förvaltningen ser positivt på förslaget.', 'supports'],
    ['Vi ställer oss bakom utredningens förslag.', 'supports'],
  ])('reads support in %s', (sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });

  it.each([
    ['Regionen ställer sig delvis positiv till förslaget.', 'conditional'],
    ['Kommunen tillstyrker förslaget under förutsättning att finansiering ges.', 'conditional'],
    ['Vi tillstyrker med förbehåll för de ekonomiska konsekvenserna.', 'conditional'],
    ['Nämnden är i huvudsak positiv men vill lyfta några frågor.', 'conditional'],
    ['Nämnden ställer sig i huvudsak positiv till utredningens förslag.', 'conditional'],
  ])('reads conditional support in %s', (sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });

  it.each([
    ['Regionen ställer sig tveksam till att ett lagkrav kan bidra.', 'sceptical'],
    ['Kommunen ifrågasätter behovet av en ny myndighet.', 'sceptical'],
    ['Vi ser risker med att parallella organisationer byggs upp.', 'sceptical'],
    ['Förvaltningen ser att det finns en risk för oklarheter i ansvarsfördelningen.', 'sceptical'],
  ])('reads scepticism in %s', (sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });

  it.each([
    ['Kommunen avstyrker förslaget.', 'opposes'],
    ['Regionen motsätter sig förslaget om sanktioner.', 'opposes'],
    ['Region X samtycker inte till utredningens förslag.', 'opposes'],
    ['Vi instämmer inte i bedömningen.', 'opposes'],
    ['Kommunen delar inte utredningens bedömning.', 'opposes'],
  ])('reads opposition in %s', (sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });

  it.each([
    ['Nämnden avstår från att ta ställning till förslaget.', 'no_position'],
    ['Kommunen har inga synpunkter på förslaget.', 'no_position'],
    ['Regionen har inget att erinra mot förslaget.', 'no_position'],
    ['Nämnden tar inte ställning till huruvida sanktioner bör införas.', 'no_position'],
    ['Regionen avstår från att lämna synpunkter då förslagen berör kommunerna.', 'no_position'],
  ])('reads no position in %s', (sentence, stance) => {
    expect(stanceOf(sentence)).toBe(stance);
  });

  describe('negation', () => {
    it('turns "kan inte tillstyrka" into opposition', () => {
      expect(stanceOf('Kommunen kan inte tillstyrka förslaget.')).toBe('opposes');
      expect(stanceOf('Regionen kan därför inte ställa sig bakom förslaget.')).toBe('opposes');
    });

    it('reads "instämmer därför inte" as opposition, not support', () => {
      const reading = classifyStance(
        'Region X instämmer därför inte i förslaget att kommunerna ska anställa läkare.',
      );
      expect(reading.stance).toBe('opposes');
      expect(reading.cue).toBe('instämmer därför inte');
    });

    it('reads "motsätter sig inte" as weak support', () => {
      const reading = classifyStance('Kommunen motsätter sig inte förslaget om frivillighet.');
      expect(reading.stance).toBe('supports');
      expect(reading.confidence).toBeLessThan(0.8);
    });

    it('reads "tillstyrker inte" and "stödjer inte" as opposition', () => {
      expect(stanceOf('Nämnden tillstyrker inte förslaget.')).toBe('opposes');
      expect(stanceOf('Vi stödjer dock inte förslaget.')).toBe('opposes');
    });

    it('reads "är inte positiv" as opposition', () => {
      expect(stanceOf('Kommunen är inte positiv till förslaget.')).toBe('opposes');
    });

    it('reads "ser inte att" as doubt', () => {
      expect(stanceOf('Vi ser inte att förslagen skapar förutsättningar för fler läkare.')).toBe('sceptical');
    });
  });

  it('treats upper case and line breaks like running text', () => {
    expect(stanceOf('KOMMUNEN\nTILLSTYRKER förslaget.')).toBe('supports');
  });

  it('gives the cue that decided, and a confidence', () => {
    const reading = classifyStance('Vi stödjer utredningens förslag.');
    expect(reading.cue).toBe('stödjer');
    expect(reading.confidence).toBeGreaterThan(0.8);
  });

  it('finds no stance in descriptive text', () => {
    expect(classifyStance('Utredningen föreslår att en nationell samordnare tillsätts.')).toEqual({
      stance: null,
      cue: null,
      confidence: 0,
    });
    expect(stanceOf('Stöd till kommunerna ges genom statsbidrag.')).toBeNull();
  });
});
