// Edits the project's stance scale: labels in Swedish and English, colour, order; add and remove.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stance } from '../../../../shared/domain/types';
import { api } from '../../api/api-client';
import { attempt } from '../../stores/error-store';
import { useProjectStore } from '../../stores/project-store';
import { Modal } from '../common/Modal';

export function StanceScaleDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const [stances, setStances] = useState<Stance[]>(useProjectStore.getState().stances);
  const change = (i: number, patch: Partial<Stance>) =>
    setStances((list) => list.map((s, n) => (n === i ? { ...s, ...patch } : s)));
  const move = (i: number, by: number) =>
    setStances((list) => {
      const next = [...list];
      const [item] = next.splice(i, 1);
      next.splice(Math.max(0, Math.min(next.length, i + by)), 0, item!);
      return next;
    });
  const add = () =>
    setStances((list) => [
      ...list,
      {
        id: `stance-${Date.now().toString(36)}`,
        labelSv: t('stances.newLabel'),
        labelEn: 'New stance',
        colour: '#607d8b',
        sortOrder: list.length + 1,
      },
    ]);
  const save = async () => {
    const ok = await attempt(async () => {
      await api.call('stances:save', { stances });
      await useProjectStore.getState().refreshCodebook();
      return true;
    });
    if (ok) onClose();
  };
  return (
    <Modal title={t('stances.title')} onClose={onClose} wide>
      <table className="stance-table">
        <thead>
          <tr>
            <th>{t('stances.order')}</th>
            <th>{t('stances.labelSv')}</th>
            <th>{t('stances.labelEn')}</th>
            <th>{t('stances.colour')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {stances.map((s, i) => (
            <tr key={s.id}>
              <td>
                <button
                  type="button"
                  aria-label={t('codebook.moveUp')}
                  disabled={i === 0}
                  onClick={() => move(i, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={t('codebook.moveDown')}
                  disabled={i === stances.length - 1}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
              </td>
              <td>
                <input
                  aria-label={t('stances.labelSv')}
                  value={s.labelSv}
                  onChange={(e) => change(i, { labelSv: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('stances.labelEn')}
                  value={s.labelEn}
                  onChange={(e) => change(i, { labelEn: e.target.value })}
                />
              </td>
              <td>
                <input
                  aria-label={t('stances.colour')}
                  type="color"
                  value={s.colour}
                  onChange={(e) => change(i, { colour: e.target.value })}
                />
              </td>
              <td>
                <button
                  type="button"
                  className="danger"
                  onClick={() => setStances((list) => list.filter((_, n) => n !== i))}
                >
                  {t('stances.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">{t('stances.hint')}</p>
      <div className="popover-actions">
        <button type="button" onClick={add}>
          {t('stances.add')}
        </button>
        <span className="spacer" />
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => void save()}>
          {t('common.save')}
        </button>
      </div>
    </Modal>
  );
}
