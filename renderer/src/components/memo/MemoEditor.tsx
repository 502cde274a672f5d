// A memo with basic rich text: bold, italic and bullet lists (stored as light markup), with preview.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RenderMemo } from './render-memo';

interface Props {
  id: string;
  label: string;
  value: string;
  onSave: (value: string) => Promise<void> | void;
}

export function MemoEditor({ id, label, value, onSave }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(value);
  const [editing, setEditing] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);

  const wrap = (before: string, after = before) => {
    const el = area.current;
    if (!el) return;
    const { selectionStart: a, selectionEnd: b } = el;
    const next = draft.slice(0, a) + before + draft.slice(a, b) + after + draft.slice(b);
    setDraft(next);
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(a + before.length, b + before.length);
    });
  };

  if (!editing) {
    return (
      <div className="memo">
        <div className="memo-head">
          <span className="field-label">{label}</span>
          <button type="button" className="link-button" onClick={() => setEditing(true)}>
            {value ? t('memo.edit') : t('memo.add')}
          </button>
        </div>
        {value && <RenderMemo text={value} />}
      </div>
    );
  }
  return (
    <div className="memo">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="memo-toolbar" role="toolbar" aria-label={t('memo.toolbar')}>
        <button type="button" onClick={() => wrap('**')} aria-label={t('memo.bold')}>
          <strong>B</strong>
        </button>
        <button type="button" onClick={() => wrap('*')} aria-label={t('memo.italic')}>
          <em>I</em>
        </button>
        <button type="button" onClick={() => wrap('\n- ', '')} aria-label={t('memo.list')}>
          •
        </button>
      </div>
      <textarea id={id} ref={area} rows={4} value={draft} onChange={(e) => setDraft(e.target.value)} />
      {draft && <RenderMemo text={draft} />}
      <div className="popover-actions">
        <span className="spacer" />
        <button
          type="button"
          onClick={() => {
            setDraft(value);
            setEditing(false);
          }}
        >
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="primary"
          onClick={async () => {
            await onSave(draft);
            setEditing(false);
          }}
        >
          {t('common.save')}
        </button>
      </div>
    </div>
  );
}
