import { describe, expect, it } from 'vitest';
import { cohensKappa, krippendorffAlpha, percentAgreement } from './nominal-measures';

// Two coders, ten documents, stance on one proposal (S = supports, O = opposes, N = no position).
const A = ['S', 'S', 'S', 'S', 'S', 'O', 'O', 'O', 'N', 'N'];
const B = ['S', 'S', 'S', 'S', 'O', 'O', 'O', 'N', 'N', 'N'];
const pairs = A.map((a, i) => [a, B[i]!] as const);

describe('percentAgreement', () => {
  it('is the share of units where the coders agree', () => {
    // agree on units 1–4, 6–7, 9–10 = 8 of 10
    expect(percentAgreement(pairs)).toBe(0.8);
  });
  it('ignores units only one coder coded and is null without units', () => {
    expect(percentAgreement([['S'], ['S', 'S'], ['S', 'O']])).toBe(0.5);
    expect(percentAgreement([])).toBeNull();
  });
});

describe('cohensKappa', () => {
  it('matches the hand computation', () => {
    // po = 8/10 = 0.8
    // marginals A: S 5, O 3, N 2; B: S 4, O 3, N 3
    // pe = (5·4 + 3·3 + 2·3) / 100 = 35/100 = 0.35
    // κ = (0.8 − 0.35) / (1 − 0.35) = 0.45 / 0.65 = 0.692308
    expect(cohensKappa(pairs)).toBeCloseTo(0.45 / 0.65, 10);
  });
  it('is 1 for perfect agreement over several categories and 0 at chance', () => {
    expect(
      cohensKappa([
        ['S', 'S'],
        ['O', 'O'],
      ]),
    ).toBe(1);
    // po = 0.5; pe = (1·1 + 1·1)/4 = 0.5 → κ = 0
    expect(
      cohensKappa([
        ['S', 'S'],
        ['S', 'O'],
        ['O', 'S'],
        ['O', 'O'],
      ]),
    ).toBe(0);
  });
  it('is undefined (null) when both coders only ever used one category', () => {
    expect(
      cohensKappa([
        ['S', 'S'],
        ['S', 'S'],
      ]),
    ).toBeNull();
  });
});

describe('krippendorffAlpha (nominal)', () => {
  it('matches the hand computation for two coders', () => {
    // coincidences: o_SS = 8, o_SO = o_OS = 1, o_OO = 4, o_ON = o_NO = 1, o_NN = 4
    // n_S = 9, n_O = 6, n_N = 5, n = 20; Σ_{c≠k} o = 4
    // Σ_{c≠k} n_c·n_k = 2·(9·6 + 9·5 + 6·5) = 258
    // α = 1 − (20 − 1)·4 / 258 = 1 − 76/258 = 0.705426
    expect(krippendorffAlpha(pairs)).toBeCloseTo(1 - 76 / 258, 10);
  });

  it('matches the hand computation for three coders with missing values', () => {
    const units = [
      ['S', 'S', 'S'], // each of 6 ordered pairs weighs 1/(3−1): o_SS += 3
      ['S', 'O'], // C missing: o_SO += 1, o_OS += 1
      ['O', 'O', 'O'], // o_OO += 3
      ['N'], // only one coder: not pairable, left out
      ['S', 'S', 'O'], // o_SS += 2·½ = 1, o_SO += 1, o_OS += 1
    ];
    // o_SS = 4, o_SO = o_OS = 2, o_OO = 3 → n_S = 6, n_O = 5, n = 11; Σ_{c≠k} o = 4
    // α = 1 − 10·4 / (2·6·5) = 1 − 40/60 = 0.333333
    expect(krippendorffAlpha(units)).toBeCloseTo(1 / 3, 10);
  });

  it('is 1 for perfect agreement and null when nothing varies', () => {
    expect(
      krippendorffAlpha([
        ['S', 'S', 'S'],
        ['O', 'O'],
      ]),
    ).toBe(1);
    expect(krippendorffAlpha([['S', 'S']])).toBeNull();
  });
});
