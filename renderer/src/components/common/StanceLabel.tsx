// A stance shown as a swatch with its pattern and its label: never colour alone.
import type { Stance } from '../../../../shared/domain/types';

export function StanceLabel({ stance, english }: { stance: Stance; english: boolean }) {
  return (
    <span className="stance-label">
      <span className="stance-swatch" style={{ background: stance.colour }} aria-hidden="true" />
      {english ? stance.labelEn : stance.labelSv}
    </span>
  );
}
