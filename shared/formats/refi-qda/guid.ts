// Stable REFI-QDA GUIDs derived from Remisskod ids, so repeated exports name things alike.
import { sha256 } from '../../sharing/sha256';

const GUID = /^\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\}?$/;

export const isGuid = (value: string): boolean => GUID.test(value);

/** Kinds whose GUID-shaped ids are kept as they are (so an imported project keeps its GUIDs). */
const PRIMARY = new Set(['code', 'user', 'source', 'selection']);

/** A primary id that is already a GUID stays; otherwise a name-based GUID (version 8 layout) from kind and id. */
export function guidFor(kind: string, id: string): string {
  if (PRIMARY.has(kind) && isGuid(id)) return id.replace(/[{}]/g, '').toLowerCase();
  const h = sha256(`remisskod:${kind}:${id}`);
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
