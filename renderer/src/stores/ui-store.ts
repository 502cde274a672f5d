// UI state that is not data: colouring mode, the tagging popover, the selected annotation.
import { create } from 'zustand';

export type ColourBy = 'stance' | 'proposal';

/** What the tagging popover is doing: tagging a new span, or editing an annotation. */
export type PopoverState =
  | { kind: 'closed' }
  | { kind: 'new'; start: number; end: number; anchor: { x: number; y: number } }
  | { kind: 'edit'; annotationId: string; anchor: { x: number; y: number } };

interface UiState {
  colourBy: ColourBy;
  popover: PopoverState;
  selectedAnnotationId: string | null;
  /** Increments to ask the editor to scroll to the selected annotation. */
  scrollRequest: number;
  setColourBy: (c: ColourBy) => void;
  openPopover: (p: PopoverState) => void;
  closePopover: () => void;
  selectAnnotation: (id: string | null, scroll?: boolean) => void;
}

export const useUiStore = create<UiState>((set) => ({
  colourBy: 'stance',
  popover: { kind: 'closed' },
  selectedAnnotationId: null,
  scrollRequest: 0,
  setColourBy: (colourBy) => set({ colourBy }),
  openPopover: (popover) => set({ popover }),
  closePopover: () => set({ popover: { kind: 'closed' } }),
  selectAnnotation: (id, scroll = false) =>
    set((s) => ({ selectedAnnotationId: id, scrollRequest: scroll ? s.scrollRequest + 1 : s.scrollRequest })),
}));
