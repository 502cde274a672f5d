// Colour and underline pattern of a highlight, so stance is never carried by colour alone.
import type { Annotation, CodebookEntry, Stance } from '../../../../shared/domain/types';
import type { ColourBy } from '../../stores/ui-store';

export const STANCE_PATTERNS = ['solid', 'double', 'dashed', 'dotted', 'wavy'] as const;
export type UnderlinePattern = (typeof STANCE_PATTERNS)[number] | 'none';

const NEUTRAL = '#607d8b';

export interface HighlightLook {
  colour: string;
  pattern: UnderlinePattern;
}

export function stancePattern(stances: readonly Stance[], stanceId: string | null): UnderlinePattern {
  if (!stanceId) return 'none';
  const index = stances.findIndex((s) => s.id === stanceId);
  return index < 0 ? 'none' : STANCE_PATTERNS[index % STANCE_PATTERNS.length]!;
}

export function highlightLook(
  annotation: Annotation,
  colourBy: ColourBy,
  codes: ReadonlyMap<string, CodebookEntry>,
  stances: readonly Stance[],
): HighlightLook {
  const tag = annotation.tags[0];
  const stance = tag?.stanceId ? stances.find((s) => s.id === tag.stanceId) : undefined;
  const code = tag ? codes.get(tag.codeId) : undefined;
  const colour = (colourBy === 'stance' ? stance?.colour : code?.colour) ?? code?.colour ?? NEUTRAL;
  return { colour, pattern: stancePattern(stances, tag?.stanceId ?? null) };
}
