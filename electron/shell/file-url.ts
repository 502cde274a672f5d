// Checks that a file:// URL stays inside a folder, so the desktop page can load only its own files.

/** True when a file:// URL points into `folderUrl` (a file:// URL ending in /), after resolving ../ and %2e%2e. */
export function isInsideFolder(url: string, folderUrl: string): boolean {
  if (!url.startsWith('file://') || !folderUrl.endsWith('/')) return false;
  try {
    return new URL(url).href.startsWith(folderUrl);
  } catch {
    return false;
  }
}
