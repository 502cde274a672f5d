// Per-block highlight runs with their looks, recomputed only for blocks that changed (others keep their arrays).
import { useMemo, useState } from 'react';
import type { Annotation, Block } from '../../../../shared/domain/types';
import { createIncrementalSegments } from '../../../../shared/highlights/incremental-segments';
import type { Segment } from '../../../../shared/highlights/split-segments';
import { useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { createAnnotationLooks, type AnnotationLook } from './annotation-looks';
import { createLookInterner, type LeafLook } from './leaf-look';
import { useWhileActive } from './use-while-active';

export interface BlockHighlight {
  /** Offsets relative to the block start. */
  from: number;
  to: number;
  ids: string[];
  look: LeafLook;
  /** Covers the selected annotation (always drawn, even before the block's turn to be decorated). */
  selected: boolean;
}

const NEUTRAL: AnnotationLook = { colour: '#607d8b', pattern: 'none', title: '' };

interface BlockState {
  segments: Segment[];
  looks: (AnnotationLook | undefined)[];
  selected: boolean;
  runs: BlockHighlight[];
}

/** Remembers the previous result, so unchanged blocks get back the very same arrays. */
export function createHighlightCache() {
  let segmentsFor: { blocks: readonly Block[]; update: ReturnType<typeof createIncrementalSegments> } | null =
    null;
  let states = new Map<number, BlockState>();
  const intern = createLookInterner();
  return {
    segments(blocks: readonly Block[], annotations: readonly Annotation[]): Map<number, Segment[]> {
      if (segmentsFor?.blocks !== blocks) segmentsFor = { blocks, update: createIncrementalSegments(blocks) };
      return segmentsFor.update(annotations);
    },
    highlights(
      current: Map<number, Segment[]>,
      looks: ReadonlyMap<string, AnnotationLook>,
      selectedId: string | null,
    ): Map<number, BlockHighlight[]> {
      const next = new Map<number, BlockHighlight[]>();
      const nextStates = new Map<number, BlockState>();
      for (const [block, list] of current) {
        const blockLooks: (AnnotationLook | undefined)[] = [];
        let selected = false;
        for (const s of list)
          for (const id of s.ids) {
            blockLooks.push(looks.get(id));
            if (id === selectedId) selected = true;
          }
        const before = states.get(block);
        const same =
          before &&
          before.segments === list &&
          before.selected === selected &&
          !selected &&
          before.looks.length === blockLooks.length &&
          before.looks.every((l, i) => l === blockLooks[i]);
        if (same) {
          next.set(block, before.runs);
          nextStates.set(block, before);
          continue;
        }
        const runs = list.map((s) => {
          const top = looks.get(s.ids[s.ids.length - 1]!) ?? NEUTRAL;
          const runSelected = selectedId !== null && s.ids.includes(selectedId);
          const look = intern({
            colour: top.colour,
            pattern: top.pattern,
            depth: s.ids.length,
            selected: runSelected,
            title: s.ids.map((id) => looks.get(id)?.title ?? '').join('\n'),
          });
          return { from: s.from, to: s.to, ids: s.ids, look, selected: runSelected };
        });
        const old = before?.runs;
        const equal =
          old &&
          old.length === runs.length &&
          old.every(
            (h, i) =>
              h.ids === runs[i]!.ids &&
              h.look === runs[i]!.look &&
              h.from === runs[i]!.from &&
              h.to === runs[i]!.to &&
              h.selected === runs[i]!.selected,
          );
        const kept = equal ? old : runs;
        next.set(block, kept);
        nextStates.set(block, { segments: list, looks: blockLooks, selected, runs: kept });
      }
      states = nextStates;
      return next;
    },
  };
}

export function useBlockHighlights(
  blocks: readonly Block[],
  annotations: readonly Annotation[],
  active = true,
): Map<number, BlockHighlight[]> {
  const codes = useProjectStore((s) => s.codes);
  const stances = useProjectStore((s) => s.stances);
  const colourBy = useUiStore((s) => s.colourBy);
  const selectedId = useWhileActive(
    active,
    useUiStore((s) => s.selectedAnnotationId),
  );
  const [cache] = useState(createHighlightCache);
  const [annotationLooks] = useState(createAnnotationLooks);
  const segments = useMemo(() => cache.segments(blocks, annotations), [cache, blocks, annotations]);
  const looks = useMemo(
    () => annotationLooks(annotations, codes, stances, colourBy),
    [annotationLooks, annotations, codes, stances, colourBy],
  );
  return useMemo(() => cache.highlights(segments, looks, selectedId), [cache, segments, looks, selectedId]);
}
