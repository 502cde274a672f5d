// Editor decorations for open suggestions: per block, the runs covered by suggestion keys (empty when hidden).
import { useMemo } from 'react';
import type { Block } from '../../../../shared/domain/types';
import { BlockTable } from '../../../../shared/highlights/block-table';
import { splitSegments, type Segment } from '../../../../shared/highlights/split-segments';
import { useSuggestionStore } from '../../stores/suggestion-store';
import { useVisibleSuggestions } from './use-visible-suggestions';

const NONE = BlockTable.empty<Segment[]>();

export function useSuggestionSegments(blocks: Block[]): BlockTable<Segment[]> {
  const visible = useVisibleSuggestions();
  const show = useSuggestionStore((s) => s.showInEditor);
  return useMemo(
    () =>
      show && visible.length
        ? BlockTable.from(
            splitSegments(
              blocks,
              visible.map((s) => ({ id: s.key, start: s.start, end: s.end })),
            ),
          )
        : NONE,
    [show, visible, blocks],
  );
}
