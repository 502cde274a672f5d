// Reads the <Code> tree of a REFI-QDA CodeBook (shared by .qde and .qdc) into a flat list.
import type { FileFormatError } from '../format-error';
import type { RefiCode } from './refi-types';
import { childNamed, childrenNamed, type XmlElement } from './xml-parse';

/** "#rgb" or "#rrggbb" as "#rrggbb"; anything else null. */
export function normaliseColor(value: string | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toLowerCase();
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return null;
}

/** Flattens nested codes in document order; `fail` reports a problem in the file. */
export function parseCodes(
  codesElement: XmlElement | undefined,
  fail: (problem: string) => FileFormatError,
): RefiCode[] {
  const out: RefiCode[] = [];
  const seen = new Set<string>();
  const walk = (el: XmlElement, parentGuid: string | null) => {
    const guid = el.attributes.guid;
    if (!guid) throw fail('a <Code> has no guid');
    if (seen.has(guid)) throw fail(`the code guid ${guid} occurs twice`);
    seen.add(guid);
    out.push({
      guid,
      name: el.attributes.name ?? '',
      isCodable: el.attributes.isCodable !== 'false' && el.attributes.isCodable !== '0',
      color: normaliseColor(el.attributes.color),
      description: childNamed(el, 'Description')?.text ?? '',
      parentGuid,
    });
    for (const child of childrenNamed(el, 'Code')) walk(child, guid);
  };
  if (codesElement) for (const code of childrenNamed(codesElement, 'Code')) walk(code, null);
  return out;
}
