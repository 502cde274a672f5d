// The proposals this user tagged most recently (kept in localStorage), shown first in the palette.
const KEY = 'remisskod-recent-codes';
const MAX = 8;

export function recentCodeIds(): string[] {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberCodes(ids: readonly string[]): void {
  const next = [...ids, ...recentCodeIds().filter((id) => !ids.includes(id))].slice(0, MAX);
  localStorage.setItem(KEY, JSON.stringify(next));
}
