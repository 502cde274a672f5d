// Per-block highlight runs for the editor, from the annotations, the codebook's colours and the selection.
import { useMemo, useState } from 'react';
import type { Annotation, Block } from '../../../../shared/domain/types';
import type { BlockTable } from '../../../../shared/highlights/block-table';
import { useProjectStore } from '../../stores/project-store';
import { useUiStore } from '../../stores/ui-store';
import { createAnnotationLooks } from './annotation-looks';
import { blocksOfAnnotations, createHighlightCache, type BlockHighlight } from './highlight-cache';
import { useWhileActive } from './use-while-active';

export type { BlockHighlight };

export function useBlockHighlights(
  blocks: readonly Block[],
  annotations: readonly Annotation[],
  active = true,
): BlockTable<BlockHighlight[]> {
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
  return useMemo(
    () =>
      cache.highlights(
        segments,
        looks.looks,
        selectedId,
        blocksOfAnnotations(blocks, annotations),
        looks.changed,
      ),
    [cache, segments, looks, selectedId, blocks, annotations],
  );
}
