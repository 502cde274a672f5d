// The search panel's state (query, mode, results), kept while the sidebar shows other tabs.
import { create } from 'zustand';
import type { Output } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/api-error';
import { api } from '../api/api-client';
import { useErrorStore } from './error-store';

export type SearchMode = 'documents' | 'annotations';
export type DocumentResults = Output<'search:documents'>;
export type AnnotationResults = Output<'search:annotations'>;

interface SearchState {
  query: string;
  mode: SearchMode;
  documentResults: DocumentResults | null;
  annotationResults: AnnotationResults | null;
  /** Index of the active hit in the flattened result list. */
  active: number;
  /** The translated-later error of the last query (e.g. a malformed query), or null. */
  error: { code: string; params: Record<string, string | number> } | null;
  searching: boolean;
  setQuery: (query: string) => void;
  setMode: (mode: SearchMode) => void;
  setActive: (active: number) => void;
  run: () => Promise<void>;
}

let runSeq = 0;

export const useSearchStore = create<SearchState>((set, get) => ({
  query: '',
  mode: 'documents',
  documentResults: null,
  annotationResults: null,
  active: 0,
  error: null,
  searching: false,
  setQuery: (query) => set({ query }),
  setMode: (mode) => set({ mode, active: 0 }),
  setActive: (active) => set({ active }),
  run: async () => {
    const { query, mode } = get();
    const seq = ++runSeq;
    if (!query.trim()) {
      set({ documentResults: null, annotationResults: null, error: null, active: 0 });
      return;
    }
    set({ searching: true });
    try {
      if (mode === 'documents') {
        const documentResults = await api.call('search:documents', { query, limit: 2000 });
        if (seq === runSeq) set({ documentResults, error: null, active: 0 });
      } else {
        const annotationResults = await api.call('search:annotations', { query });
        if (seq === runSeq) set({ annotationResults, error: null, active: 0 });
      }
    } catch (error) {
      if (seq !== runSeq) return;
      if (error instanceof ApiError && error.code === 'invalid_query') {
        set({
          error: { code: error.code, params: error.params },
          documentResults: null,
          annotationResults: null,
        });
      } else useErrorStore.getState().push(error);
    } finally {
      if (seq === runSeq) set({ searching: false });
    }
  },
}));
