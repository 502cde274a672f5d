// The sharing dialog: export and import annotation files, unplaced passages, REFI-QDA exchange.
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Modal } from '../common/Modal';
import { ExportAnnotations } from './ExportAnnotations';
import { ImportAnnotations } from './ImportAnnotations';
import { OrphanList } from './OrphanList';
import { RefiExchange } from './RefiExchange';

type Tab = 'export' | 'import' | 'orphans' | 'refi';
const TABS: Tab[] = ['export', 'import', 'orphans', 'refi'];

export function SharingDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('export');
  // A portal, so the dialog does not inherit the header's colours (it is opened from the header).
  return createPortal(
    <Modal title={t('sharing.title')} onClose={onClose} wide>
      <div className="tab-list sharing-tabs" role="tablist">
        {TABS.map((id) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            className={`tab${tab === id ? ' active' : ''}`}
            onClick={() => setTab(id)}
          >
            {t(`sharing.tabs.${id}`)}
          </button>
        ))}
      </div>
      <div className="sharing-body" role="tabpanel">
        {tab === 'export' && <ExportAnnotations />}
        {tab === 'import' && <ImportAnnotations onShowOrphans={() => setTab('orphans')} />}
        {tab === 'orphans' && <OrphanList />}
        {tab === 'refi' && <RefiExchange onClose={onClose} />}
      </div>
      <div className="popover-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Modal>,
    document.body,
  );
}
