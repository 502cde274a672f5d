// A file name that every operating system accepts: no path separators or reserved characters.
const RESERVED = new Set([...'\\/:*?"<>|']);

export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((ch) => (RESERVED.has(ch) || ch.charCodeAt(0) < 32 ? '-' : ch))
    .join('')
    .replace(/-{2,}/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s-]+/, '')
    .trim();
  return cleaned.length > 0 ? cleaned.slice(0, 200) : 'remisskod';
}
