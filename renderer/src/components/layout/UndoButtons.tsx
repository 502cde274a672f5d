// Undo and redo buttons in the header, naming what they would undo or redo.
import { useTranslation } from 'react-i18next';
import { attempt } from '../../stores/error-store';
import { useUndoStore } from '../../stores/undo-store';

export function UndoButtons() {
  const { t } = useTranslation();
  const past = useUndoStore((s) => s.past);
  const future = useUndoStore((s) => s.future);
  const busy = useUndoStore((s) => s.busy);
  const last = past[past.length - 1];
  const next = future[future.length - 1];
  return (
    <span className="undo-buttons">
      <button
        type="button"
        disabled={!last || busy}
        title={last ? `${t('undo.undo')}: ${t(last.label)} (Ctrl+Z)` : t('undo.nothing')}
        aria-label={last ? `${t('undo.undo')}: ${t(last.label)}` : t('undo.undo')}
        onClick={() => void attempt(() => useUndoStore.getState().undo())}
      >
        ↶
      </button>
      <button
        type="button"
        disabled={!next || busy}
        title={next ? `${t('undo.redo')}: ${t(next.label)} (Ctrl+Shift+Z)` : ''}
        aria-label={next ? `${t('undo.redo')}: ${t(next.label)}` : t('undo.redo')}
        onClick={() => void attempt(() => useUndoStore.getState().redo())}
      >
        ↷
      </button>
    </span>
  );
}
