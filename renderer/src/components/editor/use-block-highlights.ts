// Per-block highlight runs with their looks, recomputed cheaply and kept equal for blocks that did not change.
import { useMemo, useState } from 'react';
import type { Annotation, Block, CodebookEntry, Stance } from '../../../../shared/domain/types';
import { reuseUnchangedSegments } from '../../../../shared/highlights/reuse-segments';
import { splitSegments, type Segment } from '../../../../shared/highlights/split-segments';
import { codeById, useProjectStore } from '../../stores/project-store';
import { useUiStore, type ColourBy } from '../../stores/ui-store';
import { highlightLook, type HighlightLook } from './highlight-style';
import { createLookInterner, type LeafLook } from './leaf-look';

export interface BlockHighlight {
  /** Offsets relative to the block start. */
  from: number;
  to: number;
  ids: string[];
  look: LeafLook;
}

interface AnnotationLook extends HighlightLook {
  title: string;
}

function annotationLooks(
  annotations: readonly Annotation[],
  codes: CodebookEntry[],
  stances: readonly Stance[],
  colourBy: ColourBy,
): Map<string, AnnotationLook> {
  const codeMap = codeById(codes);
  const looks = new Map<string, AnnotationLook>();
  for (const a of annotations) {
    const title = a.tags
      .map((tag) => {
        const code = codeMap.get(tag.codeId);
        const stance = stances.find((s) => s.id === tag.stanceId);
        return `${code ? `${code.section} ${code.title}`.trim() : tag.codeId}${stance ? ` — ${stance.labelSv}` : ''}`;
      })
      .join('; ');
    looks.set(a.id, { ...highlightLook(a, colourBy, codeMap, stances), title });
  }
  return looks;
}

const NEUTRAL: AnnotationLook = { colour: '#607d8b', pattern: 'none', title: '' };

/** Remembers the previous result, so unchanged blocks get back the very same arrays. */
function createHighlightCache() {
  let segments: Map<number, Segment[]> | null = null;
  let highlights = new Map<number, BlockHighlight[]>();
  const intern = createLookInterner();
  return {
    segments(blocks: readonly Block[], annotations: readonly Annotation[]): Map<number, Segment[]> {
      segments = reuseUnchangedSegments(segments, splitSegments(blocks, annotations));
      return segments;
    },
    highlights(
      current: Map<number, Segment[]>,
      looks: ReadonlyMap<string, AnnotationLook>,
      selectedId: string | null,
    ): Map<number, BlockHighlight[]> {
      const next = new Map<number, BlockHighlight[]>();
      for (const [block, list] of current) {
        const runs = list.map((s) => {
          const top = looks.get(s.ids[s.ids.length - 1]!) ?? NEUTRAL;
          const look = intern({
            colour: top.colour,
            pattern: top.pattern,
            depth: s.ids.length,
            selected: selectedId !== null && s.ids.includes(selectedId),
            title: s.ids.map((id) => looks.get(id)?.title ?? '').join('\n'),
          });
          return { from: s.from, to: s.to, ids: s.ids, look };
        });
        const before = highlights.get(block);
        const same =
          before &&
          before.length === runs.length &&
          before.every(
            (h, i) =>
              h.ids === runs[i]!.ids &&
              h.look === runs[i]!.look &&
              h.from === runs[i]!.from &&
              h.to === runs[i]!.to,
          );
        next.set(block, same ? before : runs);
      }
      highlights = next;
      return next;
    },
  };
}

export function useBlockHighlights(
  blocks: readonly Block[],
  annotations: readonly Annotation[],
): Map<number, BlockHighlight[]> {
  const codes = useProjectStore((s) => s.codes);
  const stances = useProjectStore((s) => s.stances);
  const colourBy = useUiStore((s) => s.colourBy);
  const selectedId = useUiStore((s) => s.selectedAnnotationId);
  const [cache] = useState(createHighlightCache);
  const segments = useMemo(() => cache.segments(blocks, annotations), [cache, blocks, annotations]);
  const looks = useMemo(
    () => annotationLooks(annotations, codes, stances, colourBy),
    [annotations, codes, stances, colourBy],
  );
  return useMemo(() => cache.highlights(segments, looks, selectedId), [cache, segments, looks, selectedId]);
}
