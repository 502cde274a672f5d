// Each annotation's colour, pattern and tooltip, kept as the same object while the annotation and codebook are unchanged.
import type { Annotation, CodebookEntry, Stance } from '../../../../shared/domain/types';
import { codeById } from '../../stores/project-store';
import type { ColourBy } from '../../stores/ui-store';
import { highlightLook, type HighlightLook } from './highlight-style';

export interface AnnotationLook extends HighlightLook {
  title: string;
}

function lookOf(
  a: Annotation,
  codeMap: ReturnType<typeof codeById>,
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

/** Returns `looks(annotations, codes, stances, colourBy)`; unchanged annotation objects keep their look objects. */
export function createAnnotationLooks() {
  let basis: { codes: CodebookEntry[]; stances: readonly Stance[]; colourBy: ColourBy } | null = null;
  let codeMap: ReturnType<typeof codeById> = new Map();
  let byAnnotation = new WeakMap<Annotation, AnnotationLook>();
  return (
    annotations: readonly Annotation[],
    codes: CodebookEntry[],
    stances: readonly Stance[],
    colourBy: ColourBy,
  ): Map<string, AnnotationLook> => {
    if (!basis || basis.codes !== codes || basis.stances !== stances || basis.colourBy !== colourBy) {
      basis = { codes, stances, colourBy };
      codeMap = codeById(codes);
      byAnnotation = new WeakMap();
    }
    const looks = new Map<string, AnnotationLook>();
    for (const a of annotations) {
      let look = byAnnotation.get(a);
      if (!look) byAnnotation.set(a, (look = lookOf(a, codeMap, stances, colourBy)));
      looks.set(a.id, look);
    }
    return looks;
  };
}
