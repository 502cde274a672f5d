import { describe, expect, it } from 'vitest';
import { stanceLooks } from './stance-look';

const stance = (id: string, labelSv: string, sortOrder: number) => ({
  id,
  labelSv,
  labelEn: labelSv,
  colour: '#336699',
  sortOrder,
});

describe('stance looks', () => {
  it('gives every stance a symbol and a distinct pattern, so cells read without colour', () => {
    const looks = stanceLooks(
      [
        stance('opposes', 'Avstyrker', 3),
        stance('supports', 'Tillstyrker', 1),
        stance('egen', 'Kräver utredning', 2),
      ],
      false,
    );
    expect([...looks.values()].map((l) => l.symbol)).toEqual(['+', 'Krä', '−']);
    expect(new Set([...looks.values()].map((l) => l.pattern)).size).toBe(3);
  });
});
