// One CSS class per highlight colour and overlap depth, its rule added to the page once when first used.

const rules = new Set<string>();
let sheet: CSSStyleSheet | null = null;

function styleSheet(): CSSStyleSheet | null {
  if (sheet || typeof document === 'undefined') return sheet;
  const element = document.createElement('style');
  element.dataset.remisskod = 'highlight-colours';
  document.head.appendChild(element);
  sheet = element.sheet;
  return sheet;
}

/** Background opacity for a run covered by `depth` annotations (deeper overlaps are darker). */
export function backgroundAlpha(depth: number): number {
  return Math.min(0.22 + 0.14 * (Math.max(1, depth) - 1), 0.6);
}

/**
 * The class that gives a highlight its colour (`--hl-colour`) and tinted background
 * (`--hl-background`). Leaves carry classes, not inline styles: thousands of highlight spans share
 * a few rules, and redrawing a block sets no style properties. Colours are #rrggbb (the API checks
 * them); anything else gets the neutral class rather than reaching a style sheet.
 */
export function colourClass(colour: string, depth: number): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(colour)) return 'hl-c-neutral';
  const level = Math.min(Math.max(1, depth), 4);
  const name = `hl-c-${colour.slice(1).toLowerCase()}-${level}`;
  if (!rules.has(name)) {
    rules.add(name);
    const alpha = Math.round(backgroundAlpha(level) * 255)
      .toString(16)
      .padStart(2, '0');
    styleSheet()?.insertRule(`.${name}{--hl-colour:${colour};--hl-background:${colour}${alpha}}`);
  }
  return name;
}
