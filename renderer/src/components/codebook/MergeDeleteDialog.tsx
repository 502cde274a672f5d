// Merge a code into another (its annotations move along), or delete it (moving annotations if in use).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodebookEntry } from '../../../../shared/domain/types';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import { Modal } from '../common/Modal';

interface Props {
  code: CodebookEntry;
  mode: 'merge' | 'delete';
  usage: number;
  onClose: () => void;
}

export function MergeDeleteDialog({ code, mode, usage, onClose }: Props) {
  const { t } = useTranslation();
  const codes = useProjectStore((s) => s.codes);
  const [target, setTarget] = useState('');
  const needsTarget = mode === 'merge' || usage > 0;
  const label = `${code.section} ${code.title}`.trim();

  const run = async () => {
    const ok = await attempt(async () => {
      if (mode === 'merge') await api.call('codebook:mergeCodes', { sourceId: code.id, targetId: target });
      else await api.call('codebook:deleteCode', { id: code.id, ...(target ? { moveTo: target } : {}) });
      await useProjectStore.getState().refreshCodebook();
      const open = useDocumentStore.getState().documentId;
      if (open) await useDocumentStore.getState().open(open);
      return true;
    });
    if (ok) onClose();
  };

  return (
    <Modal
      title={mode === 'merge' ? t('codebook.mergeTitle', { label }) : t('codebook.deleteTitle', { label })}
      onClose={onClose}
    >
      <p>
        {mode === 'merge'
          ? t('codebook.mergeExplain', { count: usage })
          : usage > 0
            ? t('codebook.deleteInUse', { count: usage })
            : t('codebook.deleteExplain')}
      </p>
      {needsTarget && (
        <>
          <label className="field-label" htmlFor="merge-target">
            {mode === 'merge' ? t('codebook.mergeInto') : t('codebook.moveTo')}
          </label>
          <select id="merge-target" value={target} onChange={(e) => setTarget(e.target.value)}>
            <option value="">{t('codebook.chooseCode')}</option>
            {codes
              .filter((c) => c.id !== code.id && c.kind !== 'chapter')
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {`${c.section} ${c.title}`.trim()}
                </option>
              ))}
          </select>
        </>
      )}
      <div className="popover-actions">
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className={mode === 'delete' ? 'danger' : 'primary'}
          disabled={needsTarget && !target}
          onClick={() => void run()}
        >
          {mode === 'merge' ? t('codebook.merge') : t('codebook.delete')}
        </button>
      </div>
    </Modal>
  );
}
