import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import sv from './locales/sv.json';

type Tree = { [key: string]: string | Tree };

/** Flattens a catalogue to "a.b.c" keys, folding i18next plural suffixes (_one, _other) together. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix + key.replace(/_(zero|one|two|few|many|other)$/, '');
    return typeof value === 'string' ? [path] : keys(value, `${path}.`);
  });
}

function placeholders(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix + key;
    if (typeof value === 'string')
      out.set(
        path,
        [...value.matchAll(/\{\{(\w+)\}\}/g)]
          .map((m) => m[1])
          .sort()
          .join(','),
      );
    else for (const [k, v] of placeholders(value, `${path}.`)) out.set(k, v);
  }
  return out;
}

describe('message catalogues', () => {
  it('have the same keys in Swedish and English, so nothing shows untranslated', () => {
    const svKeys = new Set(keys(sv as Tree));
    const enKeys = new Set(keys(en as Tree));
    expect([...svKeys].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys].filter((k) => !svKeys.has(k))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const svP = placeholders(sv as Tree);
    const enP = placeholders(en as Tree);
    const differing = [...svP].filter(([k, v]) => enP.has(k) && enP.get(k) !== v).map(([k]) => k);
    expect(differing).toEqual([]);
  });
});
