// Each annotation's colour, pattern and tooltip, kept as the same object while the annotation and codebook are unchanged.
import type { Annotation, CodebookEntry, Stance } from '../../../../shared/domain/types';
import type { ColourBy } from '../../stores/ui-store';
import { diffByIdentity } from '../../../../shared/highlights/diff-by-identity';
import { highlightLook, type HighlightLook } from './highlight-style';

export interface AnnotationLook extends HighlightLook {
  title: string;
}

function lookOf(
  a: Annotation,
  codeMap: ReadonlyMap<string, CodebookEntry>,
  stances: readonly Stance[],
  colourBy: ColourBy,
): AnnotationLook {
  const title = a.tags
    .map((tag) => {
      const code = codeMap.get(tag.codeId);
      const stance = stances.find((s) => s.id === tag.stanceId);
      return `${code ? `${code.section} ${code.title}`.trim() : tag.codeId}${stance ? ` — ${stance.labelSv}` : ''}`;
    })
    .join('; ');
  return { ...highlightLook(a, colourBy, codeMap, stances), title };
}

export interface AnnotationLooks {
  looks: Map<string, AnnotationLook>;
  /**
   * Annotations whose look object differs from the previous call's (new annotations not counted);
   * null when the codebook, the stances or the colour scheme changed, so every look may be new.
   */
  changed: string[] | null;
}

/** Past this many annotations added or taken out at once, the map is built anew. */
const REBUILD_ABOVE = 200;

const sameLook = (a: AnnotationLook, b: AnnotationLook): boolean =>
  a.colour === b.colour && a.pattern === b.pattern && a.title === b.title;

/**
 * Returns `looks(annotations, codes, stances, colourBy)`. The annotation list is compared with the
 * previous call's by identity, so one added or changed annotation costs one look and a walk over the
 * list. The map is updated in place (only the latest result may be read); a look that came out the
 * same as before stays the same object.
 */
export function createAnnotationLooks() {
  let basis: { codes: CodebookEntry[]; stances: readonly Stance[]; colourBy: ColourBy } | null = null;
  let codeMap: ReadonlyMap<string, CodebookEntry> = new Map();
  let previous: readonly Annotation[] = [];
  let looks = new Map<string, AnnotationLook>();

  return (
    annotations: readonly Annotation[],
    codes: CodebookEntry[],
    stances: readonly Stance[],
    colourBy: ColourBy,
  ): AnnotationLooks => {
    const lookOfAnnotation = (a: Annotation) => lookOf(a, codeMap, stances, colourBy);
    if (!basis || basis.codes !== codes || basis.stances !== stances || basis.colourBy !== colourBy) {
      basis = { codes, stances, colourBy };
      codeMap = new Map(codes.map((c) => [c.id, c]));
      looks = new Map(annotations.map((a) => [a.id, lookOfAnnotation(a)]));
      previous = annotations;
      return { looks, changed: null };
    }
    if (annotations === previous) return { looks, changed: [] };
    const { removed, added } = diffByIdentity(previous, annotations);
    previous = annotations;
    const changed: string[] = [];
    /** Puts a's look in `into`, keeping `old` when equal; an annotation whose look differs is changed. */
    const put = (into: Map<string, AnnotationLook>, a: Annotation, old: AnnotationLook | undefined) => {
      const look = lookOfAnnotation(a);
      if (old && sameLook(old, look)) into.set(a.id, old);
      else {
        if (old) changed.push(a.id);
        into.set(a.id, look);
      }
    };
    if (removed.length + added.length > REBUILD_ABOVE) {
      const before = looks;
      looks = new Map();
      for (const a of annotations) put(looks, a, before.get(a.id));
      return { looks, changed };
    }
    const before = new Map(removed.map((a) => [a.id, looks.get(a.id)]));
    for (const a of removed) looks.delete(a.id);
    for (const a of added) put(looks, a, before.get(a.id));
    return { looks, changed };
  };
}
