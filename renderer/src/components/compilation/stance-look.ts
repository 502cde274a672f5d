// How a stance is shown in the overviews: colour, a fill pattern and a short symbol, so colour is never alone.
import type { Stance } from '../../../../shared/domain/types';

/** Symbols for the default stance scale; other stances get the first letters of their label. */
const SYMBOLS: Record<string, string> = {
  supports: '+',
  conditional: '(+)',
  sceptical: '?',
  opposes: '−',
  no_position: '0',
  other: 'i',
};

export const FILL_PATTERNS = ['solid', 'diagonal', 'dots', 'cross', 'horizontal', 'vertical'] as const;
export type FillPattern = (typeof FILL_PATTERNS)[number];

export interface StanceLook {
  id: string;
  /** Position on the scale (0-based): names the stance's chip class in the matrix. */
  index: number;
  label: string;
  symbol: string;
  colour: string;
  pattern: FillPattern;
}

export function stanceSymbol(stance: Pick<Stance, 'id' | 'labelSv'>, label: string): string {
  return SYMBOLS[stance.id] ?? label.replace(/[^\p{L}\p{N}]/gu, '').slice(0, 3);
}

/** Looks by stance id, in scale order; the pattern follows the position on the scale. */
export function stanceLooks(stances: readonly Stance[], english: boolean): Map<string, StanceLook> {
  const sorted = [...stances].sort((a, b) => a.sortOrder - b.sortOrder);
  return new Map(
    sorted.map((s, i) => {
      const label = english ? s.labelEn : s.labelSv;
      return [
        s.id,
        {
          id: s.id,
          index: i,
          label,
          symbol: stanceSymbol(s, label),
          colour: s.colour,
          pattern: FILL_PATTERNS[i % FILL_PATTERNS.length]!,
        },
      ];
    }),
  );
}

/** CSS background for a pattern in a colour (for chips, swatches and legends). */
export function patternBackground(colour: string, pattern: FillPattern): string {
  const tint = `${colour}33`;
  const ink = `${colour}cc`;
  switch (pattern) {
    case 'solid':
      return tint;
    case 'diagonal':
      return `repeating-linear-gradient(45deg, ${ink} 0 2px, ${tint} 2px 6px)`;
    case 'dots':
      return `radial-gradient(${ink} 1.2px, transparent 1.4px) 0 0 / 5px 5px, ${tint}`;
    case 'cross':
      return `repeating-linear-gradient(45deg, ${ink} 0 1px, transparent 1px 5px), repeating-linear-gradient(-45deg, ${ink} 0 1px, ${tint} 1px 5px)`;
    case 'horizontal':
      return `repeating-linear-gradient(0deg, ${ink} 0 2px, ${tint} 2px 6px)`;
    case 'vertical':
      return `repeating-linear-gradient(90deg, ${ink} 0 2px, ${tint} 2px 6px)`;
  }
}

/**
 * One CSS rule per stance for the matrix's chips (`.matrix-chip-<index>`): thousands of chips then
 * share their style instead of each carrying the same inline background. Colours are #rrggbb
 * (checked by the API); anything else is left out rather than written into a style sheet.
 */
export function matrixChipCss(looks: Iterable<StanceLook>): string {
  const rules: string[] = [];
  for (const look of looks)
    if (/^#[0-9a-fA-F]{6}$/.test(look.colour))
      rules.push(
        // a tint, not the pattern: hundreds of small patterned chips doubled the matrix's paint; the
        // symbol tells the stances apart without colour, and the legend shows the patterns
        `.matrix-chip-${look.index}{background:${look.colour}26;border-color:${look.colour}}`,
      );
  return rules.join('\n');
}
