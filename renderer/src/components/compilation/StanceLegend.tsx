// The key to the stance chips: symbol, pattern and label of every stance.
import { useTranslation } from 'react-i18next';
import { StanceChip } from './StanceChip';
import type { StanceLook } from './stance-look';

export function StanceLegend({
  looks,
  conflict = false,
}: {
  looks: Map<string, StanceLook>;
  conflict?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ul className="stance-legend" aria-label={t('compilation.legend')}>
      {[...looks.values()].map((l) => (
        <li key={l.id}>
          <StanceChip look={l} showLabel />
        </li>
      ))}
      {conflict && (
        <li className="legend-conflict">
          <span aria-hidden="true">⚠</span> {t('matrix.conflict')}
        </li>
      )}
    </ul>
  );
}
