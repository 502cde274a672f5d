// Escaping for text and colours that come from documents, comments or project settings into HTML.

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A colour only reaches a style attribute when it is a plain "#rrggbb". */
export function safeColour(colour: string | null, fallback = '#777777'): string {
  return colour && /^#[0-9a-f]{6}$/i.test(colour) ? colour : fallback;
}
