// "Tag all hits": choose a proposal, an optional stance and sentence/paragraph, preview every passage, then tag them in one step.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '../../../../shared/domain/types';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import type { DocumentResults } from '../../stores/search-store';
import { useUndoStore, type UndoEntry } from '../../stores/undo-store';
import { Modal } from '../common/Modal';
import { passagesForHits, type DocumentTextRef, type TagExtent } from './tag-all-passages';

interface Props {
  results: DocumentResults;
  onClose: () => void;
  /** Called with the undo entry once the passages are tagged. */
  onTagged: (count: number, entry: UndoEntry) => void;
}

/** Builds the one undo step of a bulk tagging: delete all, or create them all again with their ids. */
function undoEntryFor(created: Annotation[]): UndoEntry {
  const ids = created.map((a) => a.id);
  const local = useDocumentStore.getState().applyLocal;
  return {
    label: 'search.undoLabel',
    undo: async () => {
      await api.call('annotations:deleteMany', { ids });
      local({ removeIds: ids });
    },
    redo: async () => {
      const again = await api.call('annotations:createMany', {
        annotations: created.map((a) => ({
          id: a.id,
          documentId: a.documentId,
          start: a.start,
          end: a.end,
          tags: a.tags,
          comment: a.comment,
          origin: a.origin === 'suggestion' ? 'suggestion' : 'manual',
        })),
      });
      local({ upsert: again });
    },
  };
}

export function TagAllDialog({ results, onClose, onTagged }: Props) {
  const { t, i18n } = useTranslation();
  const codes = useProjectStore((s) => s.codes);
  const stances = useProjectStore((s) => s.stances);
  const respondents = useMemo(
    () => new Map(results.documents.map((d) => [d.documentId, d.respondent])),
    [results],
  );
  const [codeId, setCodeId] = useState('');
  const [stanceId, setStanceId] = useState('');
  const [extent, setExtent] = useState<TagExtent>('sentence');
  const [texts, setTexts] = useState<Map<string, DocumentTextRef> | null>(null);
  const [saving, setSaving] = useState(false);
  const en = i18n.language.startsWith('en');

  useEffect(() => {
    let live = true;
    void attempt(async () => {
      const docs = await Promise.all(
        results.documents.map((d) => api.call('documents:get', { id: d.documentId })),
      );
      if (live) setTexts(new Map(docs.map((d) => [d.id, { text: d.text, blocks: d.blocks }])));
    });
    return () => {
      live = false;
    };
  }, [results]);

  const hits = useMemo(
    () =>
      results.documents.flatMap((d) =>
        d.hits.map((h) => ({ documentId: d.documentId, start: h.start, end: h.end })),
      ),
    [results],
  );
  const passages = useMemo(() => (texts ? passagesForHits(hits, texts, extent) : []), [hits, texts, extent]);

  const tagAll = async () => {
    if (!codeId || passages.length === 0 || saving) return;
    setSaving(true);
    const created = await attempt(() =>
      api.call('annotations:createMany', {
        annotations: passages.map((p) => ({
          documentId: p.documentId,
          start: p.start,
          end: p.end,
          tags: [{ codeId, stanceId: stanceId || null }],
        })),
      }),
    );
    setSaving(false);
    if (!created) return;
    useDocumentStore.getState().applyLocal({ upsert: created });
    const entry = undoEntryFor(created);
    useUndoStore.getState().push(entry);
    onTagged(created.length, entry);
  };

  return (
    <Modal title={t('search.tagAll.title')} onClose={onClose} wide>
      <div className="tag-all-form">
        <label className="field-label" htmlFor="tag-all-code">
          {t('search.tagAll.proposal')}
        </label>
        <select id="tag-all-code" value={codeId} onChange={(e) => setCodeId(e.target.value)}>
          <option value="">{t('search.tagAll.chooseProposal')}</option>
          {codes.map((c) => (
            <option key={c.id} value={c.id}>
              {`${c.section} ${c.title}`.trim()}
            </option>
          ))}
        </select>
        <label className="field-label" htmlFor="tag-all-stance">
          {t('search.tagAll.stance')}
        </label>
        <select id="tag-all-stance" value={stanceId} onChange={(e) => setStanceId(e.target.value)}>
          <option value="">{t('search.tagAll.noStance')}</option>
          {stances.map((s) => (
            <option key={s.id} value={s.id}>
              {en ? s.labelEn : s.labelSv}
            </option>
          ))}
        </select>
        <fieldset className="tag-all-extent">
          <legend className="field-label">{t('search.tagAll.extent')}</legend>
          {(['sentence', 'paragraph'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="tag-all-extent"
                value={value}
                checked={extent === value}
                onChange={() => setExtent(value)}
              />{' '}
              {t(`search.tagAll.${value}`)}
            </label>
          ))}
        </fieldset>
      </div>
      <h3>{texts ? t('search.tagAll.preview', { count: passages.length }) : t('search.tagAll.loading')}</h3>
      <ol className="tag-all-preview" aria-label={t('search.tagAll.previewLabel')}>
        {passages.map((p) => (
          <li key={`${p.documentId}:${p.start}`}>
            <span className="tag-all-respondent">{respondents.get(p.documentId)}</span>
            <span className="tag-all-quote">{p.quote}</span>
          </li>
        ))}
      </ol>
      <div className="popover-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!codeId || passages.length === 0 || saving}
          onClick={() => void tagAll()}
        >
          {t('search.tagAll.confirm', { count: passages.length })}
        </button>
      </div>
    </Modal>
  );
}
