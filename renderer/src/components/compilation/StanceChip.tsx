// A stance as a small patterned chip with its symbol (and optionally its label or a count).
import { patternBackground, type StanceLook } from './stance-look';

interface Props {
  look: StanceLook;
  showLabel?: boolean;
  count?: number;
}

export function StanceChip({ look, showLabel, count }: Props) {
  return (
    <span
      className={`stance-chip pattern-${look.pattern}`}
      style={{ background: patternBackground(look.colour, look.pattern), borderColor: look.colour }}
      title={look.label}
    >
      <span className="stance-chip-symbol" aria-hidden={showLabel ? 'true' : undefined}>
        {look.symbol}
      </span>
      {showLabel ? (
        <span className="stance-chip-label">{look.label}</span>
      ) : (
        <span className="sr-only">{look.label}</span>
      )}
      {count !== undefined && <span className="stance-chip-count">{count}</span>}
    </span>
  );
}
