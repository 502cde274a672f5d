// i18next setup: Swedish by default, English switchable; the choice is remembered.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { memoiseTranslations } from './memo-fixed-t';
import { rememberLoadedNamespaces } from './remember-loaded-namespaces';
import en from './locales/en.json';
import sv from './locales/sv.json';

const LANGUAGE_KEY = 'remisskod-language';

export function setupI18n(): typeof i18n {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  memoiseTranslations(i18n);
  rememberLoadedNamespaces(i18n);
  void i18n.use(initReactI18next).init({
    resources: { sv: { translation: sv }, en: { translation: en } },
    lng: saved === 'en' ? 'en' : 'sv',
    fallbackLng: 'sv',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  i18n.on('languageChanged', (lng) => {
    localStorage.setItem(LANGUAGE_KEY, lng);
    document.documentElement.lang = lng;
  });
  document.documentElement.lang = i18n.language;
  return i18n;
}
