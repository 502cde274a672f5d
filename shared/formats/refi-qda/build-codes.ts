// REFI-QDA <Code> tree of a codebook, with stance child codes under proposals.
import type { CodebookEntry, Stance } from '../../domain/types';
import { guidFor } from './guid';
import { codeName } from './stance-codes';
import { element, textElement } from './xml-write';

export const stanceCodeGuid = (codeId: string, stanceId: string): string =>
  guidFor('code-stance', `${codeId}/${stanceId}`);

/** The <Code> elements (roots with nested children) of `codes`. */
export function buildCodeElements(
  codes: readonly CodebookEntry[],
  stances: readonly Stance[],
  withStances: ReadonlySet<string>,
): string[] {
  const ids = new Set(codes.map((c) => c.id));
  const children = new Map<string | null, CodebookEntry[]>();
  for (const c of [...codes].sort((a, b) => a.sortOrder - b.sortOrder)) {
    const parent = c.parentId !== null && ids.has(c.parentId) && c.parentId !== c.id ? c.parentId : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent)!.push(c);
  }
  const sortedStances = [...stances].sort((a, b) => a.sortOrder - b.sortOrder);
  const visited = new Set<string>();
  const build = (c: CodebookEntry): string => {
    visited.add(c.id);
    const inner: string[] = [];
    if (c.description) inner.push(textElement('Description', c.description));
    if (withStances.has(c.id)) {
      for (const s of sortedStances) {
        inner.push(
          element(
            'Code',
            { guid: stanceCodeGuid(c.id, s.id), name: s.labelSv, isCodable: true, color: s.colour },
            [
              textElement(
                'Description',
                `Ställningstagande "${s.labelSv}" (${s.labelEn}) till ${codeName(c)}`,
              ),
            ],
          ),
        );
      }
    }
    for (const child of children.get(c.id) ?? []) if (!visited.has(child.id)) inner.push(build(child));
    return element(
      'Code',
      { guid: guidFor('code', c.id), name: codeName(c), isCodable: true, color: c.colour },
      inner,
    );
  };
  const roots = (children.get(null) ?? []).map(build);
  // Codes in a parent cycle are never reached from a root: list them at the top.
  for (const c of codes) if (!visited.has(c.id)) roots.push(build(c));
  return roots;
}
