// Tests that remembered translations answer as i18next does, per language, with and without a count.
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { memoiseTranslations } from './memo-fixed-t';

async function i18n() {
  const instance = createInstance();
  await instance.init({
    lng: 'sv',
    resources: {
      sv: {
        translation: {
          title: 'Remissvar',
          n_one: '{{count}} markering',
          n_other: '{{count}} markeringar',
          hi: 'Hej {{name}}',
          m_other: '{{count}} av {{who}}',
        },
      },
      en: {
        translation: {
          title: 'Responses',
          n_one: '{{count}} annotation',
          n_other: '{{count}} annotations',
          hi: 'Hi {{name}}',
        },
      },
    },
    interpolation: { escapeValue: false },
  });
  memoiseTranslations(instance);
  return instance;
}

describe('memoiseTranslations', () => {
  it('answers plain keys, counts and interpolations as i18next does, in each language', async () => {
    const instance = await i18n();
    const sv = instance.getFixedT('sv');
    expect(sv('title')).toBe('Remissvar');
    expect(sv('title')).toBe('Remissvar');
    expect(sv('n', { count: 1 })).toBe('1 markering');
    expect(sv('n', { count: 3 })).toBe('3 markeringar');
    expect(sv('n', { count: 3 })).toBe('3 markeringar');
    expect(sv('hi', { name: 'Anna' })).toBe('Hej Anna');
    expect(sv('hi', { name: 'Bo' })).toBe('Hej Bo');
    const en = instance.getFixedT('en');
    expect(en('title')).toBe('Responses');
    expect(en('n', { count: 3 })).toBe('3 annotations');
    expect((en as unknown as { lng: string }).lng).toBe('en');
    // a form that needs more than the count goes through i18next
    expect(sv('m', { count: 2, who: 'Anna' })).toBe('2 av Anna');
    expect(en('n', { count: 1 })).toBe('1 annotation');
  });

  it('a new t of the same language answers from what an earlier one remembered, and follows a switch', async () => {
    const instance = await i18n();
    expect(instance.getFixedT(null)('title')).toBe('Remissvar');
    const translate = vi.spyOn(instance.translator, 'translate');
    const later = instance.getFixedT(null);
    expect(later('title')).toBe('Remissvar');
    expect(translate).not.toHaveBeenCalled();
    await instance.changeLanguage('en');
    expect(later('title')).toBe('Responses');
    expect(instance.getFixedT(null)('n', { count: 2 })).toBe('2 annotations');
    await instance.changeLanguage('sv');
    expect(instance.getFixedT(null)('n', { count: 2 })).toBe('2 markeringar');
  });
});
