// The open document and its annotations; every change is saved through the API before it shows.
import { create } from 'zustand';
import type { Annotation, AnnotationTag, DocumentFull } from '../../../shared/domain/types';
import { api } from '../api/api-client';
import { useProjectStore } from './project-store';

interface DocumentState {
  documentId: string | null;
  document: DocumentFull | null;
  annotations: Annotation[];
  loading: boolean;
  open: (id: string) => Promise<void>;
  close: () => void;
  create: (input: {
    start: number;
    end: number;
    tags: AnnotationTag[];
    comment: string;
  }) => Promise<Annotation>;
  update: (input: {
    id: string;
    tags?: AnnotationTag[];
    comment?: string;
    start?: number;
    end?: number;
  }) => Promise<Annotation>;
  remove: (id: string) => Promise<void>;
}

const byPosition = (a: Annotation, b: Annotation): number => a.start - b.start || a.end - b.end;

function bumpCount(documentId: string, delta: number): void {
  useProjectStore.setState((s) => ({
    documents: s.documents.map((d) =>
      d.id === documentId ? { ...d, annotationCount: d.annotationCount + delta } : d,
    ),
  }));
}

export const useDocumentStore = create<DocumentState>((set, get) => ({
  documentId: null,
  document: null,
  annotations: [],
  loading: false,
  open: async (id) => {
    set({ documentId: id, loading: true });
    try {
      const [document, annotations] = await Promise.all([
        api.call('documents:get', { id }),
        api.call('annotations:listForDocument', { documentId: id }),
      ]);
      if (get().documentId === id) set({ document, annotations, loading: false });
    } catch (error) {
      if (get().documentId === id) set({ loading: false });
      throw error;
    }
  },
  close: () => set({ documentId: null, document: null, annotations: [] }),
  create: async (input) => {
    const documentId = get().documentId;
    if (!documentId) throw new Error('No document is open');
    const created = await api.call('annotations:create', { documentId, ...input });
    set((s) => ({ annotations: [...s.annotations, created].sort(byPosition) }));
    bumpCount(documentId, 1);
    return created;
  },
  update: async (input) => {
    const updated = await api.call('annotations:update', input);
    set((s) => ({
      annotations: s.annotations.map((a) => (a.id === updated.id ? updated : a)).sort(byPosition),
    }));
    return updated;
  },
  remove: async (id) => {
    await api.call('annotations:delete', { id });
    const documentId = get().documentId;
    set((s) => ({ annotations: s.annotations.filter((a) => a.id !== id) }));
    if (documentId) bumpCount(documentId, -1);
  },
}));
