// Settles one disagreement: pick the stance the team agreed on; it becomes the current coder's coding.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import type { AgreementReport } from './AgreementView';

type Disagreement = AgreementReport['disagreements'][number];

const NO_STANCE = '';

export function SettleForm({
  disagreement,
  onSettled,
}: {
  disagreement: Disagreement;
  onSettled: () => void;
}) {
  const { t, i18n } = useTranslation();
  const stances = useProjectStore((s) => s.stances);
  const me = useProjectStore((s) => s.coder);
  const proposed = disagreement.coders.flatMap((c) => c.stances).find((s) => stances.some((x) => x.id === s));
  const [open, setOpen] = useState(false);
  const [stanceId, setStanceId] = useState(disagreement.settled?.stanceId ?? proposed ?? NO_STANCE);
  const en = i18n.language.startsWith('en');

  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('agreement.settle')}
      </button>
    );
  const save = () =>
    void attempt(async () => {
      await api.call('sharing:reconcile', {
        documentId: disagreement.documentId,
        codeId: disagreement.codeId,
        stanceId: stanceId === NO_STANCE ? null : stanceId,
      });
      setOpen(false);
      onSettled();
    });
  return (
    <span className="settle-form">
      <select
        aria-label={t('agreement.settleStance')}
        value={stanceId}
        onChange={(e) => setStanceId(e.target.value)}
      >
        {stances.map((s) => (
          <option key={s.id} value={s.id}>
            {en ? s.labelEn : s.labelSv}
          </option>
        ))}
        <option value={NO_STANCE}>{t('agreement.noStance')}</option>
      </select>
      <button type="button" className="primary" onClick={save}>
        {t('agreement.settleSave', { name: me?.name ?? '' })}
      </button>
      <button type="button" className="link-button" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </span>
  );
}
