// The project's stance looks in the UI language, recomputed when the stances or the language change.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useProjectStore } from '../../stores/project-store';
import { stanceLooks, type StanceLook } from './stance-look';

export function useStanceLooks(): Map<string, StanceLook> {
  const { i18n } = useTranslation();
  const stances = useProjectStore((s) => s.stances);
  const english = i18n.language.startsWith('en');
  return useMemo(() => stanceLooks(stances, english), [stances, english]);
}

export function useLocale(): 'sv' | 'en' {
  const { i18n } = useTranslation();
  return i18n.language.startsWith('en') ? 'en' : 'sv';
}
