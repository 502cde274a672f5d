// The only way the app hands a link to the operating system: shell.openExternal behind the scheme allow-list.
import { shell } from 'electron';
import { isAllowedExternalUrl } from './external-url';

/** Opens an allow-listed link in the system's browser or mail client; returns false (and opens nothing) otherwise. */
export async function openExternalSafely(url: string): Promise<boolean> {
  if (!isAllowedExternalUrl(url)) return false;
  await shell.openExternal(url, { activate: true });
  return true;
}
