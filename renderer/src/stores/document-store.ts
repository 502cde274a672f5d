// The open document and its annotations; every change is saved through the API before it shows,
// and every coding action is pushed on the undo stack.
import { create } from 'zustand';
import type { Annotation, AnnotationTag, DocumentFull } from '../../../shared/domain/types';
import { api } from '../api/api-client';
import { useProjectStore } from './project-store';
import { useUndoStore } from './undo-store';

export interface NewAnnotationInput {
  start: number;
  end: number;
  tags: AnnotationTag[];
  comment: string;
  origin?: 'manual' | 'suggestion';
}

export interface AnnotationChange {
  id: string;
  tags?: AnnotationTag[];
  comment?: string;
  start?: number;
  end?: number;
}

interface DocumentState {
  documentId: string | null;
  document: DocumentFull | null;
  annotations: Annotation[];
  loading: boolean;
  open: (id: string) => Promise<void>;
  close: () => void;
  create: (input: NewAnnotationInput) => Promise<Annotation>;
  update: (input: AnnotationChange) => Promise<Annotation>;
  remove: (id: string) => Promise<void>;
  setStatus: (done: boolean) => Promise<void>;
  setMemo: (memo: string) => Promise<void>;
  /** Reflects annotations written elsewhere (undo, bulk tagging) in the open document. */
  applyLocal: (change: { upsert?: Annotation[]; removeIds?: string[] }) => void;
}

const byPosition = (a: Annotation, b: Annotation): number => a.start - b.start || a.end - b.end;

function refreshCounts(): void {
  void useProjectStore.getState().refreshDocuments();
}

export const useDocumentStore = create<DocumentState>((set, get) => {
  const applyLocal: DocumentState['applyLocal'] = ({ upsert = [], removeIds = [] }) => {
    const documentId = get().documentId;
    const remove = new Set([...removeIds, ...upsert.map((a) => a.id)]);
    set((s) => ({
      annotations: [
        ...s.annotations.filter((a) => !remove.has(a.id)),
        ...upsert.filter((a) => a.documentId === documentId),
      ].sort(byPosition),
    }));
    refreshCounts();
  };
  const restore = async (annotation: Annotation) =>
    applyLocal({ upsert: [await api.call('annotations:restore', { annotation })] });
  const drop = async (id: string) => {
    await api.call('annotations:delete', { id });
    applyLocal({ removeIds: [id] });
  };

  return {
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
      applyLocal({ upsert: [created] });
      useUndoStore
        .getState()
        .push({ label: 'undo.create', undo: () => drop(created.id), redo: () => restore(created) });
      return created;
    },
    update: async (input) => {
      const before = get().annotations.find((a) => a.id === input.id);
      const updated = await api.call('annotations:update', input);
      applyLocal({ upsert: [updated] });
      if (before) {
        useUndoStore
          .getState()
          .push({ label: 'undo.update', undo: () => restore(before), redo: () => restore(updated) });
      }
      return updated;
    },
    remove: async (id) => {
      const before = get().annotations.find((a) => a.id === id);
      await drop(id);
      if (before)
        useUndoStore
          .getState()
          .push({ label: 'undo.delete', undo: () => restore(before), redo: () => drop(id) });
    },
    setStatus: async (done) => {
      const id = get().documentId;
      if (!id) return;
      const summary = await api.call('documents:setStatus', { id, status: done ? 'done' : 'open' });
      set((s) =>
        s.document && s.document.id === id ? { document: { ...s.document, status: summary.status } } : {},
      );
      refreshCounts();
    },
    setMemo: async (memo) => {
      const id = get().documentId;
      if (!id) return;
      await api.call('documents:setMemo', { id, memo });
      set((s) => (s.document && s.document.id === id ? { document: { ...s.document, memo } } : {}));
    },
    applyLocal,
  };
});
