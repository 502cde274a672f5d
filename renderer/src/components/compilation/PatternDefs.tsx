// SVG fill patterns per stance (referenced as url(#stance-fill-<id>)), so printed bars differ without colour.
import type { StanceLook } from './stance-look';

export const fillId = (stanceId: string) => `stance-fill-${stanceId.replace(/[^A-Za-z0-9_-]/g, '_')}`;

function PatternMarks({ look }: { look: StanceLook }) {
  const ink = look.colour;
  switch (look.pattern) {
    case 'solid':
      return null;
    case 'diagonal':
      return <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={ink} strokeWidth="1.6" />;
    case 'dots':
      return <circle cx="4" cy="4" r="1.4" fill={ink} />;
    case 'cross':
      return <path d="M0,0 l8,8 M8,0 l-8,8" stroke={ink} strokeWidth="1" />;
    case 'horizontal':
      return <path d="M0,4 h8" stroke={ink} strokeWidth="1.6" />;
    case 'vertical':
      return <path d="M4,0 v8" stroke={ink} strokeWidth="1.6" />;
  }
}

export function PatternDefs({ looks }: { looks: Map<string, StanceLook> }) {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
      <defs>
        {[...looks.values()].map((l) => (
          <pattern key={l.id} id={fillId(l.id)} width="8" height="8" patternUnits="userSpaceOnUse">
            <rect width="8" height="8" fill={l.pattern === 'solid' ? `${l.colour}b3` : `${l.colour}40`} />
            <PatternMarks look={l} />
          </pattern>
        ))}
      </defs>
    </svg>
  );
}
