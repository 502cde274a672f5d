// Lists the keyboard shortcuts of the coding view.
import { useTranslation } from 'react-i18next';
import { Modal } from '../common/Modal';

const SHORTCUTS = [
  'select',
  'tag',
  'stance',
  'save',
  'next',
  'previous',
  'uncoded',
  'hide',
  'respan',
  'undo',
  'redo',
  'close',
] as const;

export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal title={t('shortcuts.title')} onClose={onClose}>
      <dl className="shortcuts">
        {SHORTCUTS.map((key) => (
          <div key={key} className="shortcut-row">
            <dt>
              <kbd>{t(`shortcuts.${key}.keys`)}</kbd>
            </dt>
            <dd>{t(`shortcuts.${key}.what`)}</dd>
          </div>
        ))}
      </dl>
      <div className="popover-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>
  );
}
