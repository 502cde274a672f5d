// Add or edit a codebook entry: section, title, kind, description, colour and parent.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_KINDS, type CodebookEntry, type CodeKind } from '../../../../shared/domain/types';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { Modal } from '../common/Modal';

interface Props {
  code: CodebookEntry | null;
  onClose: () => void;
}

export function CodeEditDialog({ code, onClose }: Props) {
  const { t } = useTranslation();
  const codes = useProjectStore((s) => s.codes);
  const [section, setSection] = useState(code?.section ?? '');
  const [title, setTitle] = useState(code?.title ?? '');
  const [kind, setKind] = useState<CodeKind>(code?.kind ?? 'forslag');
  const [description, setDescription] = useState(code?.description ?? '');
  const [colour, setColour] = useState(code?.colour ?? '#1f77b4');
  const [parentId, setParentId] = useState<string>(code?.parentId ?? '');

  const save = async () => {
    const ok = await attempt(async () => {
      const fields = { section, title, kind, description, colour };
      if (code) {
        await api.call('codebook:updateCode', { id: code.id, ...fields });
        if ((code.parentId ?? '') !== parentId) {
          await api.call('codebook:moveCode', { id: code.id, parentId: parentId || null, index: 10_000 });
        }
      } else await api.call('codebook:addCode', { ...fields, parentId: parentId || null });
      await useProjectStore.getState().refreshCodebook();
      return true;
    });
    if (ok) onClose();
  };

  return (
    <Modal title={code ? t('codebook.editTitle') : t('codebook.addTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) void save();
        }}
      >
        <div className="form-grid">
          <label htmlFor="code-section">{t('codebook.section')}</label>
          <input
            id="code-section"
            value={section}
            onChange={(e) => setSection(e.target.value)}
            placeholder="4.1.1"
          />
          <label htmlFor="code-title">{t('codebook.codeTitle')}</label>
          <input
            id="code-title"
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            required
            autoFocus
          />
          <label htmlFor="code-kind">{t('codebook.kind')}</label>
          <select id="code-kind" value={kind} onChange={(e) => setKind(e.target.value as CodeKind)}>
            {CODE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`codeKind.${k}`)}
              </option>
            ))}
          </select>
          <label htmlFor="code-parent">{t('codebook.parent')}</label>
          <select id="code-parent" value={parentId} onChange={(e) => setParentId(e.target.value)}>
            <option value="">{t('codebook.topLevel')}</option>
            {codes
              .filter((c) => c.id !== code?.id)
              .map((c) => (
                <option key={c.id} value={c.id}>
                  {`${c.section} ${c.title}`.trim()}
                </option>
              ))}
          </select>
          <label htmlFor="code-colour">{t('codebook.colour')}</label>
          <input id="code-colour" type="color" value={colour} onChange={(e) => setColour(e.target.value)} />
          <label htmlFor="code-description">{t('codebook.description')}</label>
          <textarea
            id="code-description"
            rows={3}
            value={description}
            onChange={(e) => setDescription(e.target.value)}
          />
        </div>
        <div className="popover-actions">
          <span className="spacer" />
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="primary" disabled={!title.trim()}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
