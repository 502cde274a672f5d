// One matrix cell: the respondent's stance(s) as chips, the number of excerpts, and a conflict marker.
import { useTranslation } from 'react-i18next';
import type { MatrixDto } from '../../../../shared/api/channels/compilation';
import { StanceChip } from './StanceChip';
import type { StanceLook } from './stance-look';

type Cell = NonNullable<MatrixDto['cells'][number][number]>;

interface Props {
  cell: Cell | null;
  looks: Map<string, StanceLook>;
  selected: boolean;
  label: string;
  onOpen: () => void;
}

export function MatrixCell({ cell, looks, selected, label, onOpen }: Props) {
  const { t } = useTranslation();
  if (!cell) return <td className="matrix-cell empty" aria-label={`${label}: ${t('matrix.noExcerpts')}`} />;
  return (
    <td className={`matrix-cell${selected ? ' selected' : ''}${cell.conflict ? ' conflict' : ''}`}>
      <button
        type="button"
        className="matrix-cell-button"
        aria-pressed={selected}
        aria-label={`${label}: ${cell.stances.map((s) => looks.get(s.stanceId)?.label ?? s.stanceId).join(', ') || t('matrix.noStance')}, ${t('matrix.excerptCount', { count: cell.excerptCount })}${cell.conflict ? `, ${t('matrix.conflict')}` : ''}`}
        onClick={onOpen}
      >
        <span className="matrix-chips">
          {cell.stances.map((s) => {
            const look = looks.get(s.stanceId);
            return look ? <StanceChip key={s.stanceId} look={look} /> : null;
          })}
          {cell.stances.length === 0 && <span className="matrix-nostance">–</span>}
        </span>
        <span className="matrix-cell-foot">
          <span className="matrix-count" title={t('matrix.excerptCount', { count: cell.excerptCount })}>
            {cell.excerptCount}
          </span>
          {cell.conflict && (
            <span className="matrix-conflict" title={t('matrix.conflict')}>
              ⚠
            </span>
          )}
        </span>
      </button>
    </td>
  );
}
