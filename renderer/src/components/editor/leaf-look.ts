// How a highlighted run looks (classes, colour variables, tooltip), interned so equal looks are one object.
import type { UnderlinePattern } from './highlight-style';
import { colourClass } from './colour-classes';

export interface LeafLook {
  /** Pattern, overlap, selection and colour classes (colour-classes.ts). */
  className: string;
  colour: string;
  title: string;
}

export interface LookParts {
  colour: string;
  pattern: UnderlinePattern;
  /** Number of annotations covering the run. */
  depth: number;
  selected: boolean;
  title: string;
}

const MAX_ENTRIES = 50_000;

/** Returns one shared LeafLook per distinct look, so decorations stay equal across recomputations. */
export function createLookInterner(): (parts: LookParts) => LeafLook {
  let looks = new Map<string, LeafLook>();
  return ({ colour, pattern, depth, selected, title }) => {
    const key = `${colour}|${pattern}|${depth}|${selected ? 1 : 0}|${title}`;
    let look = looks.get(key);
    if (look) return look;
    if (looks.size >= MAX_ENTRIES) looks = new Map();
    look = {
      className: `hl hl-${pattern} ${colourClass(colour, depth)}${depth > 1 ? ' hl-overlap' : ''}${selected ? ' hl-selected' : ''}`,
      colour,
      title,
    };
    looks.set(key, look);
    return look;
  };
}
