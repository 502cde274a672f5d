// The per-block highlight cache: runs with their looks, recomputed only for blocks that changed (others keep their arrays).
import type { Annotation, Block } from '../../../../shared/domain/types';
import { createIncrementalSegments } from '../../../../shared/highlights/incremental-segments';
import type { Segment } from '../../../../shared/highlights/split-segments';
import type { AnnotationLook } from './annotation-looks';
import { createLookInterner, type LeafLook } from './leaf-look';

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
/** Past this many annotations with a new look (a codebook colour, the colour scheme) every block is redrawn. */
const MAX_CHANGED_LOOKS = 200;

interface BlockState {
  segments: Segment[];
  looks: (AnnotationLook | undefined)[];
  selected: boolean;
  runs: BlockHighlight[];
}

const sameIds = (a: readonly string[], b: readonly string[]): boolean =>
  a === b || (a.length === b.length && a.every((id, i) => id === b[i]));

/** Remembers the previous result, so unchanged blocks get back the very same arrays. */
export function createHighlightCache() {
  let segmentsFor: { blocks: readonly Block[]; update: ReturnType<typeof createIncrementalSegments> } | null =
    null;
  let states = new Map<number, BlockState>();
  let last: { looks: ReadonlyMap<string, AnnotationLook>; selectedId: string | null } | null = null;
  const intern = createLookInterner();

  /**
   * Blocks that must be redrawn although their segments are the same arrays: they show an annotation
   * whose look changed, or the selection moved onto or off them. Null: redraw every block (first
   * time, or so many looks changed that checking costs more than redrawing).
   */
  function dirtyBlocks(
    looks: ReadonlyMap<string, AnnotationLook>,
    selectedId: string | null,
    blocksOf: (annotationId: string) => number[],
    changedLooks: readonly string[] | null | undefined,
  ): Set<number> | null {
    if (!last) return null;
    if (changedLooks === null || (changedLooks && changedLooks.length > MAX_CHANGED_LOOKS)) return null;
    const changed: string[] = changedLooks ? [...changedLooks] : [];
    if (!changedLooks)
      for (const [id, look] of looks) {
        const before = last.looks.get(id);
        if (before && before !== look && changed.push(id) > MAX_CHANGED_LOOKS) return null;
      }
    const dirty = new Set<number>();
    if (selectedId !== last.selectedId) {
      for (const [block, state] of states) if (state.selected) dirty.add(block);
      if (selectedId) changed.push(selectedId);
    }
    for (const id of changed) for (const block of blocksOf(id)) dirty.add(block);
    return dirty;
  }

  function blockState(
    list: Segment[],
    before: BlockState | undefined,
    looks: ReadonlyMap<string, AnnotationLook>,
    selectedId: string | null,
  ): BlockState {
    const blockLooks: (AnnotationLook | undefined)[] = [];
    let selected = false;
    for (const s of list)
      for (const id of s.ids) {
        blockLooks.push(looks.get(id));
        if (id === selectedId) selected = true;
      }
    const same =
      before &&
      before.segments === list &&
      before.selected === selected &&
      !selected &&
      before.looks.length === blockLooks.length &&
      before.looks.every((l, i) => l === blockLooks[i]);
    if (same) return before;
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
          sameIds(h.ids, runs[i]!.ids) &&
          h.look === runs[i]!.look &&
          h.from === runs[i]!.from &&
          h.to === runs[i]!.to &&
          h.selected === runs[i]!.selected,
      );
    return { segments: list, looks: blockLooks, selected, runs: equal ? old : runs };
  }

  return {
    segments(blocks: readonly Block[], annotations: readonly Annotation[]): Map<number, Segment[]> {
      if (segmentsFor?.blocks !== blocks) segmentsFor = { blocks, update: createIncrementalSegments(blocks) };
      return segmentsFor.update(annotations);
    },
    highlights(
      current: Map<number, Segment[]>,
      looks: ReadonlyMap<string, AnnotationLook>,
      selectedId: string | null,
      /** The blocks an annotation covers (empty when unknown). */
      blocksOf: (annotationId: string) => number[],
      /**
       * The annotations whose look changed since the last call, when the caller knows (null: all may
       * have); left out, every look is compared with the last call's.
       */
      changedLooks?: readonly string[] | null,
    ): Map<number, BlockHighlight[]> {
      const dirty = dirtyBlocks(looks, selectedId, blocksOf, changedLooks);
      const next = new Map<number, BlockHighlight[]>();
      const nextStates = new Map<number, BlockState>();
      for (const [block, list] of current) {
        const before = states.get(block);
        if (dirty && before && before.segments === list && !dirty.has(block)) {
          next.set(block, before.runs);
          nextStates.set(block, before);
          continue;
        }
        const state = blockState(list, before, looks, selectedId);
        next.set(block, state.runs);
        nextStates.set(block, state);
      }
      states = nextStates;
      last = { looks, selectedId };
      return next;
    },
  };
}

/**
 * `blocksOf` for `highlights`: the blocks an annotation overlaps, found by binary search on block
 * starts. It is asked about a few annotations per change, so each is looked up by a scan.
 */
export function blocksOfAnnotations(
  blocks: readonly Block[],
  annotations: readonly Annotation[],
): (annotationId: string) => number[] {
  return (annotationId) => {
    const a = annotations.find((x) => x.id === annotationId);
    if (!a) return [];
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.end <= a.start) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let b = lo; b < blocks.length && blocks[b]!.start < a.end; b++) found.push(b);
    return found;
  };
}
