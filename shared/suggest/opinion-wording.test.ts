// Tests for the opinion wording of the lower suggestion tier (invented sentences, not from the seed answers).
import { describe, expect, it } from 'vitest';
import { readOpinion } from './opinion-wording';

describe('readOpinion', () => {
  it('finds views without stance verbs and which way they lean', () => {
    expect(readOpinion('Nämnden anser att det är bra att bibliotek får öppna på söndagar.')).toMatchObject({
      stance: 'supports',
    });
    expect(readOpinion('Vi menar att ett krav på meröppet inte är rimligt för små orter.')).toMatchObject({
      stance: 'sceptical',
    });
    expect(readOpinion('Styrelsen ser inte att lånetiderna förbättras av förslaget.')).toMatchObject({
      stance: 'sceptical',
    });
    expect(readOpinion('Vi anser att ansvaret för fjärrlån ska ligga kvar hos länet.')).toMatchObject({
      stance: null,
    });
  });

  it('ignores descriptive sentences', () => {
    expect(readOpinion('Biblioteket har i dag tre filialer och en bokbuss.')).toBeNull();
    expect(readOpinion('Utredningen föreslår att kommunerna ska ha en biblioteksplan.')).toBeNull();
    expect(readOpinion('Utredningen anser därför att varje län ska ha en bokbuss.')).toBeNull();
    expect(readOpinion('För att nå målet anser utredaren att bibliotekslagen ska ändras.')).toBeNull();
  });
});
