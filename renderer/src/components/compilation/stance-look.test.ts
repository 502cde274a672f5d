import { describe, expect, it } from 'vitest';
import { matrixChipCss, stanceLooks } from './stance-look';

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

  it('writes one chip rule per stance for the matrix, and none for a colour that is not #rrggbb', () => {
    const looks = [
      ...stanceLooks(
        [stance('supports', 'Tillstyrker', 1), stance('opposes', 'Avstyrker', 2)],
        false,
      ).values(),
    ];
    const css = matrixChipCss([...looks, { ...looks[1]!, index: 7, colour: 'red;}body{display:none' }]);
    expect(css.split('\n')).toHaveLength(2);
    expect(css).toContain('.matrix-chip-0{background:#33669926;border-color:#336699}');
    expect(css).not.toContain('display:none');
  });
});
