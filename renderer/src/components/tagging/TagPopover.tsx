// The tagging popover: pick proposals (type-ahead), a stance for each, and write a comment.
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnnotationTag } from '../../../../shared/domain/types';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { codeById, useProjectStore } from '../../stores/project-store';
import { useUiStore, type OpenPopover } from '../../stores/ui-store';
import { extendToParagraph, extendToSentence } from '../../../../shared/selection/extend-span';
import { filterCodes } from './filter-codes';
import { recentCodeIds, rememberCodes } from './recent-codes';
import { StanceLabel } from '../common/StanceLabel';

/**
 * Memoised, and reading only the annotation it edits: after Save the popover stays a frame hidden
 * (PopoverHost), and must not re-render in the commit that draws the new highlight.
 */
export const TagPopover = memo(function TagPopover({
  popover,
  standby = false,
}: {
  popover: OpenPopover;
  /** Drawn hidden, waiting for the next selection (PopoverHost): takes the focus once that opens it. */
  standby?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const close = useUiStore((s) => s.closePopover);
  const selectAnnotation = useUiStore((s) => s.selectAnnotation);
  const codes = useProjectStore((s) => s.codes);
  const stances = useProjectStore((s) => s.stances);
  const existing = useDocumentStore((s) =>
    popover.kind === 'edit' ? s.annotations.find((a) => a.id === popover.annotationId) : undefined,
  );

  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [tags, setTags] = useState<AnnotationTag[]>(
    existing?.tags ?? (popover.kind === 'new' ? (popover.tags ?? []) : []),
  );
  const [comment, setComment] = useState(
    existing?.comment ?? (popover.kind === 'new' ? (popover.comment ?? '') : ''),
  );
  /** The span once widened to a sentence or paragraph; until then the passage it was opened with. */
  const [widened, setWidened] = useState<{ start: number; end: number } | null>(null);
  const span =
    widened ??
    (existing
      ? { start: existing.start, end: existing.end }
      : popover.kind === 'new'
        ? { start: popover.start, end: popover.end }
        : null);
  const [recent] = useState(recentCodeIds);
  const [saving, setSaving] = useState(false);
  /** Set at once on Save (state would re-render the popover while it closes). */
  const saveStarted = useRef(false);
  const searchRef = useRef<HTMLInputElement>(null);

  const codeMap = useMemo(() => codeById(codes), [codes]);
  const matches = useMemo(
    () => filterCodes(codes, query, 12, recent).filter((c) => !tags.some((tag) => tag.codeId === c.id)),
    [codes, query, tags, recent],
  );

  useEffect(() => {
    // the popover is placed at the selection, already in view: no scrolling (and no layout) for it
    if (!standby) searchRef.current?.focus({ preventScroll: true });
  }, [standby]);

  const en = i18n.language.startsWith('en');

  const addTag = (codeId: string) => {
    setTags((current) => [...current, { codeId, stanceId: null }]);
    setQuery('');
    setActive(0);
  };
  const setStance = (index: number, stanceId: string | null) =>
    setTags((current) => current.map((tag, i) => (i === index ? { ...tag, stanceId } : tag)));
  const removeTag = (index: number) => setTags((current) => current.filter((_, i) => i !== index));

  const save = async () => {
    if (!tags.length || saveStarted.current) return;
    saveStarted.current = true;
    const store = useDocumentStore.getState();
    // selected and closed in the same render as the new highlight: one commit, one frame
    const done = (saved: { id: string }) => {
      const codeIds = tags.map((tag) => tag.codeId);
      setTimeout(() => rememberCodes(codeIds), 0); // a storage write, after the frame
      selectAnnotation(saved.id);
      close();
    };
    if (popover.kind === 'new') {
      const input = {
        start: span?.start ?? popover.start,
        end: span?.end ?? popover.end,
        tags,
        comment,
        ...(popover.suggestionKey ? { origin: 'suggestion' as const } : {}),
      };
      const saved = await attempt(() => store.create(input, done));
      if (!saved) {
        // the highlight was taken away again: the popover comes back with what was chosen and written
        selectAnnotation(null);
        useUiStore.getState().openPopover({ ...popover, start: input.start, end: input.end, tags, comment });
      }
      return;
    }
    setSaving(true); // an edit waits for the backend: Save stays disabled meanwhile
    const saved = await attempt(() =>
      store.update({ id: popover.annotationId, tags, comment, ...(span ?? {}) }, done),
    );
    if (!saved) {
      saveStarted.current = false;
      setSaving(false);
    }
  };

  const remove = async () => {
    if (popover.kind !== 'edit') return;
    const ok = await attempt(async () => {
      await useDocumentStore.getState().remove(popover.annotationId);
      return true;
    });
    if (ok) {
      selectAnnotation(null);
      close();
    }
  };

  const onSearchKey = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, matches.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (query.trim() && matches[active]) addTag(matches[active].id);
      else if (!query.trim() && tags.length) void save();
      else if (!query.trim() && matches[active]) addTag(matches[active].id);
    } else if (!query && /^[1-9]$/.test(event.key) && tags.length) {
      const stance = stances[Number(event.key) - 1];
      if (stance) {
        event.preventDefault();
        setStance(tags.length - 1, stance.id);
      }
    }
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const left = Math.max(8, Math.min(popover.anchor.x, window.innerWidth - 440));
  const top = Math.max(8, Math.min(popover.anchor.y, window.innerHeight - 460));
  const doc = useDocumentStore.getState().document;
  const quote = doc && span ? doc.text.slice(span.start, span.end) : (existing?.exact ?? '');
  const extend = (to: 'sentence' | 'paragraph') => {
    if (!doc || !span) return;
    setWidened(
      to === 'sentence'
        ? extendToSentence(doc.text, doc.blocks, span.start, span.end)
        : extendToParagraph(doc.blocks, span.start, span.end),
    );
  };

  return (
    <div
      className="tag-popover"
      role="dialog"
      aria-modal="false"
      aria-label={popover.kind === 'new' ? t('tag.titleNew') : t('tag.titleEdit')}
      style={{ left, top }}
      onKeyDown={onKeyDown}
    >
      <div className="tag-popover-quote" title={quote}>
        “{(quote ?? '').length > 160 ? `${quote!.slice(0, 160)}…` : quote}”
      </div>
      <div className="span-buttons">
        <button type="button" className="link-button" onClick={() => extend('sentence')}>
          {t('tag.extendSentence')}
        </button>
        <button type="button" className="link-button" onClick={() => extend('paragraph')}>
          {t('tag.extendParagraph')}
        </button>
      </div>
      <label className="field-label" htmlFor="tag-search">
        {t('tag.searchLabel')}
      </label>
      <input
        id="tag-search"
        ref={searchRef}
        className="tag-search"
        value={query}
        placeholder={t('tag.searchPlaceholder')}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onSearchKey}
        role="combobox"
        aria-expanded={query.trim() !== '' || !tags.length}
        aria-controls="tag-options"
        aria-activedescendant={
          (query.trim() || !tags.length) && matches[active] ? `tag-option-${matches[active].id}` : undefined
        }
        autoComplete="off"
      />
      {(query.trim() !== '' || !tags.length) && (
        <ul id="tag-options" className="tag-options" role="listbox" aria-label={t('tag.options')}>
          {matches.length === 0 && <li className="muted">{t('tag.noMatch')}</li>}
          {matches.map((code, i) => (
            <li
              key={code.id}
              id={`tag-option-${code.id}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                addTag(code.id);
              }}
            >
              <span className="code-section">{code.section}</span> {code.title}
            </li>
          ))}
        </ul>
      )}
      <div className="tag-list" aria-label={t('tag.chosen')}>
        {tags.length === 0 && <p className="muted">{t('tag.noneChosen')}</p>}
        {tags.map((tag, index) => {
          const code = codeMap.get(tag.codeId);
          return (
            <div className="tag-row" key={tag.codeId}>
              <div className="tag-row-title">
                <span className="code-swatch" style={{ background: code?.colour }} aria-hidden="true" />
                <span className="code-section">{code?.section}</span> {code?.title ?? tag.codeId}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => removeTag(index)}
                  aria-label={t('tag.removeTag', { title: code?.title ?? '' })}
                >
                  ✕
                </button>
              </div>
              <div
                className="stance-buttons"
                role="radiogroup"
                aria-label={t('tag.stanceFor', { title: code?.title ?? '' })}
              >
                {stances.map((stance, n) => (
                  <button
                    type="button"
                    key={stance.id}
                    role="radio"
                    aria-checked={tag.stanceId === stance.id}
                    className={`stance-button${tag.stanceId === stance.id ? ' chosen' : ''}`}
                    style={{ borderColor: stance.colour }}
                    onClick={() => setStance(index, tag.stanceId === stance.id ? null : stance.id)}
                  >
                    <span className="stance-key">{n + 1}</span>
                    <StanceLabel stance={stance} english={en} />
                  </button>
                ))}
              </div>
            </div>
          );
        })}
      </div>
      <label className="field-label" htmlFor="tag-comment">
        {t('tag.comment')}
      </label>
      <textarea
        id="tag-comment"
        className="tag-comment"
        value={comment}
        rows={2}
        onChange={(e) => setComment(e.target.value)}
      />
      <div className="popover-actions">
        {popover.kind === 'edit' && (
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('tag.delete')}
          </button>
        )}
        <span className="spacer" />
        <button type="button" onClick={close}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          disabled={!tags.length || saving}
          onClick={() => void save()}
        >
          {t('common.save')}
        </button>
      </div>
    </div>
  );
});
