// UI state that is not data: colouring mode, the tagging popover, the selected annotation.
import { create } from 'zustand';
import type { AnnotationTag } from '../../../shared/domain/types';

export type ColourBy = 'stance' | 'proposal';

/** The main views of the window (see components/layout/views.tsx). */
export type ViewId = 'coding' | 'matrix' | 'proposal' | 'charts' | 'agreement';
/** The tabs of the coding view's left sidebar (see components/layout/sidebar-tabs.tsx). */
export type SidebarTabId = 'documents' | 'outline' | 'codebook' | 'search' | 'suggestions';

/** What the tagging popover is doing: tagging a new span, or editing an annotation. */
export type PopoverState =
  | { kind: 'closed' }
  | {
      kind: 'new';
      start: number;
      end: number;
      anchor: { x: number; y: number };
      /** Prefilled tags (e.g. from a suggestion, or kept after a failed save). */
      tags?: AnnotationTag[];
      /** Prefilled comment (kept after a failed save). */
      comment?: string;
      /** Set when the popover edits a suggestion before accepting it: saves with origin 'suggestion'. */
      suggestionKey?: string;
    }
  | { kind: 'edit'; annotationId: string; anchor: { x: number; y: number } };

export type OpenPopover = Exclude<PopoverState, { kind: 'closed' }>;

/** Which highlights the editor shows; empty lists mean "all". */
export interface HighlightFilter {
  codeIds: string[];
  stanceIds: string[];
  coderIds: string[];
}

export const EMPTY_FILTER: HighlightFilter = { codeIds: [], stanceIds: [], coderIds: [] };

/** A request to select and scroll to a span of the open document (seq makes repeats distinct). */
export interface RevealRequest {
  start: number;
  end: number;
  seq: number;
  /** The document the range is in (the editor showing it acts on the request, even if it mounts later). */
  documentId?: string;
}

interface UiState {
  hideHighlights: boolean;
  highlightFilter: HighlightFilter;
  reveal: RevealRequest | null;
  toggleHighlights: () => void;
  setHighlightFilter: (filter: HighlightFilter) => void;
  revealRange: (start: number, end: number, documentId?: string) => void;
  view: ViewId;
  sidebarTab: SidebarTabId;
  colourBy: ColourBy;
  popover: PopoverState;
  selectedAnnotationId: string | null;
  /** Increments to ask the editor to scroll to the selected annotation. */
  scrollRequest: number;
  setView: (view: ViewId) => void;
  setSidebarTab: (tab: SidebarTabId) => void;
  setColourBy: (c: ColourBy) => void;
  openPopover: (p: PopoverState) => void;
  closePopover: () => void;
  selectAnnotation: (id: string | null, scroll?: boolean) => void;
}

export const useUiStore = create<UiState>((set) => ({
  hideHighlights: false,
  highlightFilter: EMPTY_FILTER,
  reveal: null,
  toggleHighlights: () => set((s) => ({ hideHighlights: !s.hideHighlights })),
  setHighlightFilter: (highlightFilter) => set({ highlightFilter }),
  revealRange: (start, end, documentId) =>
    set((s) => ({
      reveal: { start, end, seq: (s.reveal?.seq ?? 0) + 1, ...(documentId ? { documentId } : {}) },
    })),
  view: 'coding',
  sidebarTab: 'documents',
  colourBy: 'stance',
  popover: { kind: 'closed' },
  selectedAnnotationId: null,
  scrollRequest: 0,
  setView: (view) => set({ view }),
  setSidebarTab: (sidebarTab) => set({ sidebarTab }),
  setColourBy: (colourBy) => set({ colourBy }),
  openPopover: (popover) => set({ popover }),
  closePopover: () => set({ popover: { kind: 'closed' } }),
  selectAnnotation: (id, scroll = false) =>
    set((s) => ({ selectedAnnotationId: id, scrollRequest: scroll ? s.scrollRequest + 1 : s.scrollRequest })),
}));
