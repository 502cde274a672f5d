// Tests that remembered namespace checks answer as i18next does, and only remember what was loaded.
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { rememberLoadedNamespaces } from './remember-loaded-namespaces';

async function i18n() {
  const instance = createInstance();
  await instance.init({
    lng: 'sv',
    fallbackLng: 'sv',
    resources: { sv: { translation: { title: 'Remissvar' } }, en: { translation: { title: 'Responses' } } },
  });
  return instance;
}

describe('rememberLoadedNamespaces', () => {
  it('answers as i18next does, asking it once per language and namespace', async () => {
    const instance = await i18n();
    const asked = vi.spyOn(instance, 'hasLoadedNamespace');
    const expected = [
      instance.hasLoadedNamespace('translation'),
      instance.hasLoadedNamespace('translation', { lng: 'en' }),
    ];
    asked.mockClear();
    rememberLoadedNamespaces(instance);
    for (let i = 0; i < 3; i++) {
      expect(instance.hasLoadedNamespace('translation')).toBe(expected[0]);
      expect(instance.hasLoadedNamespace('translation', { lng: 'en' })).toBe(expected[1]);
    }
    expect(expected).toEqual([true, true]);
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('keeps asking about a namespace that was not loaded', async () => {
    const instance = createInstance();
    // not initialised: i18next answers false, and nothing is remembered
    rememberLoadedNamespaces(instance);
    const warn = vi.spyOn(instance.logger, 'warn').mockImplementation(() => undefined);
    expect(instance.hasLoadedNamespace('translation', { lng: 'sv' })).toBe(false);
    await instance.init({ lng: 'sv', resources: { sv: { translation: { title: 'Remissvar' } } } });
    expect(instance.hasLoadedNamespace('translation', { lng: 'sv' })).toBe(true);
    warn.mockRestore();
  });
});
