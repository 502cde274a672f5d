// Remembers which namespaces are loaded: react-i18next asks on every render of every translated component.

import type { i18n as I18n } from 'i18next';

type HasLoaded = I18n['hasLoadedNamespace'];

/**
 * Makes `i18n.hasLoadedNamespace` answer a namespace it once found loaded, for that language, from
 * memory. react-i18next's `useTranslation` asks it on every render (~20 µs a time: resource path
 * lookups, the loader's state), and a Save re-renders a few dozen translated components. The app's
 * texts are bundled and loaded at start, and never unloaded, so a loaded namespace stays loaded.
 */
export function rememberLoadedNamespaces(i18n: I18n): void {
  const ask = i18n.hasLoadedNamespace.bind(i18n) as HasLoaded;
  const loaded = new Set<string>();
  i18n.hasLoadedNamespace = ((ns: string | readonly string[], options?: Parameters<HasLoaded>[1]) => {
    const language = options?.lng ?? i18n.resolvedLanguage ?? i18n.languages?.[0];
    const key = `${String(language)}\u0000${String(ns)}`;
    if (language && loaded.has(key)) return true;
    const answer = ask(ns, options);
    if (answer && language) loaded.add(key);
    return answer;
  }) as HasLoaded;
}
