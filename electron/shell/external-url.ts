// Decides which links may leave the app for the system browser or mail client: https and mailto only.
export const EXTERNAL_SCHEMES: readonly string[] = ['https:', 'mailto:'];
const MAILTO_PARAMS: readonly string[] = ['subject', 'body', 'cc'];

/** True for a well-formed https: (no credentials, a real host) or mailto: URL; false for everything else. */
export function isAllowedExternalUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!EXTERNAL_SCHEMES.includes(url.protocol)) return false;
  if (url.protocol === 'mailto:') {
    // Some mail clients honour ?attach=<file>: only subject, body and cc may follow the address.
    const params = [...url.searchParams.keys()];
    if (!params.every((p) => MAILTO_PARAMS.includes(p.toLowerCase()))) return false;
    try {
      return /^[^\s@/\\]+@[^\s@/\\]+$/.test(decodeURIComponent(url.pathname));
    } catch {
      return false; // a malformed %-escape
    }
  }
  if (url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return host.includes('.') && host !== 'localhost' && !host.endsWith('.localhost');
}
