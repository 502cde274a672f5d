// Suggestions for the open document: loaded on request, accepted or rejected by the coder, optionally shown in the editor.
import { create } from 'zustand';
import type { SuggestionDto } from '../../../shared/api/channels/suggestions';
import type { Annotation } from '../../../shared/domain/types';
import { api } from '../api/api-client';
import { useDocumentStore } from './document-store';
import { useUndoStore } from './undo-store';

interface SuggestionState {
  documentId: string | null;
  suggestions: SuggestionDto[];
  loading: boolean;
  /** Whether suggestions are drawn in the editor (dotted outline). */
  showInEditor: boolean;
  activeKey: string | null;
  load: (documentId: string) => Promise<void>;
  accept: (key: string) => Promise<Annotation | null>;
  reject: (key: string) => Promise<void>;
  setShowInEditor: (show: boolean) => void;
  setActiveKey: (key: string | null) => void;
}

/** Whether an annotation already tags the suggestion's proposal over an overlapping span. */
export function isCovered(s: SuggestionDto, annotations: Annotation[]): boolean {
  return annotations.some(
    (a) => a.start < s.end && s.start < a.end && a.tags.some((t) => t.codeId === s.codeId),
  );
}

export const useSuggestionStore = create<SuggestionState>((set, get) => ({
  documentId: null,
  suggestions: [],
  loading: false,
  showInEditor: true,
  activeKey: null,
  load: async (documentId) => {
    set({ documentId, loading: true, ...(get().documentId !== documentId ? { suggestions: [] } : {}) });
    try {
      const suggestions = await api.call('suggestions:forDocument', { documentId });
      if (get().documentId === documentId) set({ suggestions, loading: false });
    } catch (error) {
      if (get().documentId === documentId) set({ loading: false });
      throw error;
    }
  },
  accept: async (key) => {
    const created = await api.call('suggestions:accept', { key });
    const docs = useDocumentStore.getState();
    docs.applyLocal({ upsert: [created] });
    useUndoStore.getState().push({
      label: 'suggestions.undoAccept',
      undo: async () => {
        await api.call('annotations:delete', { id: created.id });
        useDocumentStore.getState().applyLocal({ removeIds: [created.id] });
      },
      redo: async () => {
        const again = await api.call('annotations:restore', { annotation: created });
        useDocumentStore.getState().applyLocal({ upsert: [again] });
      },
    });
    return created;
  },
  reject: async (key) => {
    await api.call('suggestions:reject', { key });
    set((s) => ({ suggestions: s.suggestions.filter((x) => x.key !== key) }));
  },
  setShowInEditor: (showInEditor) => set({ showInEditor }),
  setActiveKey: (activeKey) => set({ activeKey }),
}));
