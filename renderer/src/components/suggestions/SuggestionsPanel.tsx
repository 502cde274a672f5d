// The sidebar's suggestions for the open document: accept, edit then accept, or reject each; nothing is tagged without the coder.
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { codeById, stanceById, useProjectStore } from '../../stores/project-store';
import { useSuggestionStore } from '../../stores/suggestion-store';
import { useUiStore } from '../../stores/ui-store';
import { openPassage } from '../search/open-passage';
import { SuggestAllJob } from './SuggestAllJob';
import { SuggestionItem } from './SuggestionItem';
import { useVisibleSuggestions } from './use-visible-suggestions';

export function SuggestionsPanel() {
  const { t, i18n } = useTranslation();
  const documentId = useDocumentStore((s) => s.documentId);
  const codes = useProjectStore((s) => s.codes);
  const stances = useProjectStore((s) => s.stances);
  const { loading, showInEditor, activeKey } = useSuggestionStore();
  const store = useSuggestionStore.getState();
  const visible = useVisibleSuggestions();
  const codeMap = useMemo(() => codeById(codes), [codes]);
  const stanceMap = useMemo(() => stanceById(stances), [stances]);
  const english = i18n.language.startsWith('en');

  useEffect(() => {
    if (documentId) void attempt(() => useSuggestionStore.getState().load(documentId));
  }, [documentId, codes]);

  return (
    <section className="suggestions-panel" aria-label={t('suggestions.title')}>
      <h2 className="panel-title">
        {t('suggestions.title')} {documentId && <span className="count">{visible.length}</span>}
      </h2>
      <p className="muted suggestions-intro">{t('suggestions.intro')}</p>
      <label className="search-mode">
        <input
          type="checkbox"
          checked={showInEditor}
          onChange={(e) => store.setShowInEditor(e.target.checked)}
        />{' '}
        {t('suggestions.showInEditor')}
      </label>
      <SuggestAllJob />
      {!documentId && <p className="muted panel-empty">{t('suggestions.noDocument')}</p>}
      {documentId && loading && visible.length === 0 && (
        <p className="muted panel-empty">{t('suggestions.loading')}</p>
      )}
      {documentId && !loading && visible.length === 0 && (
        <p className="muted panel-empty">{t('suggestions.none')}</p>
      )}
      <ul className="suggestion-list" aria-label={t('suggestions.listLabel')}>
        {visible.map((s) => (
          <SuggestionItem
            key={s.key}
            suggestion={s}
            code={codeMap.get(s.codeId)}
            stance={s.stanceId ? stanceMap.get(s.stanceId) : undefined}
            english={english}
            active={s.key === activeKey}
            onShow={() => {
              store.setActiveKey(s.key);
              void openPassage(s.documentId, s.start, s.end);
            }}
            onAccept={() => void attempt(() => store.accept(s.key))}
            onReject={() => void attempt(() => store.reject(s.key))}
            onEdit={(anchor) => {
              store.setActiveKey(s.key);
              useUiStore.getState().openPopover({
                kind: 'new',
                start: s.start,
                end: s.end,
                anchor,
                tags: [{ codeId: s.codeId, stanceId: s.stanceId }],
                suggestionKey: s.key,
              });
            }}
          />
        ))}
      </ul>
    </section>
  );
}
