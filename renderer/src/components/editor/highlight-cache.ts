// The per-block highlight cache: runs with their looks, recomputed only for blocks that changed (others keep their arrays).
import type { Annotation, Block } from '../../../../shared/domain/types';
import { BlockTable } from '../../../../shared/highlights/block-table';
import {
  createIncrementalSegments,
  type IncrementalSegments,
} from '../../../../shared/highlights/incremental-segments';
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

/**
 * Remembers the previous result, so unchanged blocks get back the very same arrays. After a small
 * change only the blocks it touches are visited (a 300-page answer has thousands of blocks).
 */
export function createHighlightCache() {
  let segmentsFor: { blocks: readonly Block[]; update: IncrementalSegments } | null = null;
  /** What the last `segments` call changed: from which result to which, in which blocks. */
  let segmentStep: {
    from: BlockTable<Segment[]> | null;
    to: BlockTable<Segment[]>;
    changed: ReadonlySet<number> | null;
  } | null = null;
  /** Per block, kept and updated in place; each answer is a new version of `result`. */
  const states = new Map<number, BlockState>();
  const selectedBlocks = new Set<number>();
  let last: {
    looks: ReadonlyMap<string, AnnotationLook>;
    selectedId: string | null;
    segments: BlockTable<Segment[]>;
    result: BlockTable<BlockHighlight[]>;
  } | null = null;
  const intern = createLookInterner();

  /** The blocks whose segments differ between the last `highlights` call's and `current` (null: unknown). */
  function segmentChanges(current: BlockTable<Segment[]>): ReadonlySet<number> | null {
    if (!last) return null;
    if (current === last.segments) return new Set();
    if (segmentStep && segmentStep.to === current && segmentStep.from === last.segments)
      return segmentStep.changed;
    return null;
  }

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
      for (const block of selectedBlocks) dirty.add(block);
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

  /** Stores a block's new state (or forgets the block) and returns its runs. */
  function store(block: number, state: BlockState | undefined): BlockHighlight[] | undefined {
    if (!state) {
      states.delete(block);
      selectedBlocks.delete(block);
      return undefined;
    }
    states.set(block, state);
    if (state.selected) selectedBlocks.add(block);
    else selectedBlocks.delete(block);
    return state.runs;
  }

  return {
    segments(blocks: readonly Block[], annotations: readonly Annotation[]): BlockTable<Segment[]> {
      if (segmentsFor?.blocks !== blocks) {
        segmentsFor = { blocks, update: createIncrementalSegments(blocks) };
        segmentStep = null;
      }
      const from = segmentStep?.to ?? null;
      const to = segmentsFor.update(annotations);
      segmentStep = { from, to, changed: segmentsFor.update.lastChanged() };
      return to;
    },
    highlights(
      current: BlockTable<Segment[]>,
      looks: ReadonlyMap<string, AnnotationLook>,
      selectedId: string | null,
      /** The blocks an annotation covers (empty when unknown). */
      blocksOf: (annotationId: string) => number[],
      /**
       * The annotations whose look changed since the last call, when the caller knows (null: all may
       * have); left out, every look is compared with the last call's.
       */
      changedLooks?: readonly string[] | null,
    ): BlockTable<BlockHighlight[]> {
      const dirty = dirtyBlocks(looks, selectedId, blocksOf, changedLooks);
      const moved = dirty && segmentChanges(current);
      let result: BlockTable<BlockHighlight[]>;
      if (dirty && moved && last) {
        // only the blocks whose segments, looks or selection changed are visited
        const changes: [number, BlockHighlight[] | undefined][] = [];
        for (const block of new Set([...dirty, ...moved])) {
          const list = current.get(block);
          changes.push([block, store(block, list && blockState(list, states.get(block), looks, selectedId))]);
        }
        result = last.result.with(changes);
      } else {
        for (const block of [...states.keys()]) if (!current.has(block)) store(block, undefined);
        const all: [number, BlockHighlight[]][] = [];
        for (const [block, list] of current) {
          const before = states.get(block);
          const keep = dirty && before && before.segments === list && !dirty.has(block);
          all.push([block, keep ? before.runs : store(block, blockState(list, before, looks, selectedId))!]);
        }
        result = BlockTable.from(all);
      }
      last = { looks, selectedId, segments: current, result };
      return result;
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
