// Lightens a "#rrggbb" stance colour towards white so dark text stays readable on it.
import { safeColour } from './html-escape';

/** Returns "rrggbb" (no "#"): `amount` 0 keeps the colour, 1 gives white. */
export function tint(colour: string | null, amount: number): string {
  const hex = safeColour(colour).slice(1);
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(v + (255 - v) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}
