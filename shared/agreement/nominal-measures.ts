// Percentage agreement, Cohen's kappa and Krippendorff's alpha for nominal data.

/** Share of units on which every present coder gave the same value; null without units. */
export function percentAgreement(units: readonly (readonly string[])[]): number | null {
  const pairable = units.filter((u) => u.length >= 2);
  if (pairable.length === 0) return null;
  return pairable.filter((u) => u.every((v) => v === u[0])).length / pairable.length;
}

/**
 * Cohen's kappa of two coders over units both coded: (po − pe) / (1 − pe).
 * Null when undefined (no units, or both coders used one and the same category).
 */
export function cohensKappa(pairs: readonly (readonly [string, string])[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const a = new Map<string, number>();
  const b = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree += 1;
    a.set(x, (a.get(x) ?? 0) + 1);
    b.set(y, (b.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [category, count] of a) pe += (count / n) * ((b.get(category) ?? 0) / n);
  if (pe >= 1) return null;
  return (po - pe) / (1 - pe);
}

/**
 * Krippendorff's alpha for nominal data, any number of coders, missing values allowed:
 * each unit lists the values it got (units with fewer than two are not pairable).
 * α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k. Null when there is no variation.
 */
export function krippendorffAlpha(units: readonly (readonly string[])[]): number | null {
  const coincidences = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, w: number) => {
    if (!coincidences.has(c)) coincidences.set(c, new Map());
    const row = coincidences.get(c)!;
    row.set(k, (row.get(k) ?? 0) + w);
  };
  for (const values of units) {
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i += 1) {
      for (let j = 0; j < m; j += 1) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
    }
  }
  const totals = new Map<string, number>();
  let n = 0;
  let observed = 0;
  for (const [c, row] of coincidences) {
    for (const [k, w] of row) {
      totals.set(c, (totals.get(c) ?? 0) + w);
      n += w;
      if (c !== k) observed += w;
    }
  }
  let expected = 0;
  for (const [c, nc] of totals) for (const [k, nk] of totals) if (c !== k) expected += nc * nk;
  if (n < 2 || expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
