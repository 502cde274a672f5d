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

/**
 * Returns one shared LeafLook per distinct look, so decorations stay equal across recomputations.
 * A tooltip lists every proposal of the run, often hundreds of characters: it is numbered once and
 * the look is keyed by its number, so each title is held once (keyed by the text itself, the keys
 * were 5.8 MB of the heap with the 300-page bench answer open, as much again as the titles).
 */
export function createLookInterner(): (parts: LookParts) => LeafLook {
  let looks = new Map<string, LeafLook>();
  let titles = new Map<string, number>();
  return ({ colour, pattern, depth, selected, title }) => {
    if (looks.size >= MAX_ENTRIES || titles.size >= MAX_ENTRIES) {
      looks = new Map();
      titles = new Map();
    }
    let titleNo = titles.get(title);
    if (titleNo === undefined) titles.set(title, (titleNo = titles.size));
    const key = `${colour}|${pattern}|${depth}|${selected ? 1 : 0}|${titleNo}`;
    let look = looks.get(key);
    if (!look) {
      look = {
        className: `hl hl-${pattern} ${colourClass(colour, depth)}${depth > 1 ? ' hl-overlap' : ''}${selected ? ' hl-selected' : ''}`,
        colour,
        title,
      };
      looks.set(key, look);
    }
    return look;
  };
}
