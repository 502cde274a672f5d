// The open document and its annotations; every change is saved through the API before it shows,
// and every coding action is pushed on the undo stack.
import { create } from 'zustand';
import type { Annotation, AnnotationTag, DocumentFull } from '../../../shared/domain/types';
import { api } from '../api/api-client';
import { useProjectStore } from './project-store';
import { annotationState, sameAnnotations } from './same-annotations';
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

/** A document kept rendered in the background, so switching back to it is instant. */
export interface ParkedDocument {
  document: DocumentFull;
  annotations: Annotation[];
}

/** Documents kept rendered besides the one shown: switching between two answers needs no reload. */
export const PARKED_DOCUMENTS = 1;

interface DocumentState {
  documentId: string | null;
  document: DocumentFull | null;
  annotations: Annotation[];
  /** Recently shown documents, most recent first (at most PARKED_DOCUMENTS). */
  parked: ParkedDocument[];
  loading: boolean;
  /** Shows a document: at once when it is parked (then refreshed in the background), else after loading it. */
  open: (id: string) => Promise<void>;
  close: () => void;
  /** `onSaved` runs in the same tick as the list update, so what it changes shows in the same frame. */
  create: (input: NewAnnotationInput, onSaved?: (saved: Annotation) => void) => Promise<Annotation>;
  update: (input: AnnotationChange, onSaved?: (saved: Annotation) => void) => Promise<Annotation>;
  remove: (id: string) => Promise<void>;
  setStatus: (done: boolean) => Promise<void>;
  setMemo: (memo: string) => Promise<void>;
  /** Reflects annotations written elsewhere (undo, bulk tagging) in the open document. */
  applyLocal: (change: { upsert?: Annotation[]; removeIds?: string[] }) => void;
}

const byPosition = (a: Annotation, b: Annotation): number => a.start - b.start || a.end - b.end;

let countsTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * The document list's counts are re-read a moment after a change, not in the same frame: the
 * new highlight shows first, and a burst of changes (tag-all, undo of many) costs one read.
 */
function refreshCounts(): void {
  if (countsTimer) clearTimeout(countsTimer);
  countsTimer = setTimeout(() => {
    countsTimer = null;
    void useProjectStore.getState().refreshDocuments();
  }, 250);
}

export const useDocumentStore = create<DocumentState>((set, get) => {
  const applyLocal: DocumentState['applyLocal'] = ({ upsert = [], removeIds = [] }) => {
    const remove = new Set([...removeIds, ...upsert.map((a) => a.id)]);
    const applied = (documentId: string, list: Annotation[]): Annotation[] => {
      const added = upsert.filter((a) => a.documentId === documentId);
      if (!added.length && !list.some((a) => remove.has(a.id))) return list;
      return [...list.filter((a) => !remove.has(a.id)), ...added].sort(byPosition);
    };
    set((s) => ({
      annotations: s.documentId ? applied(s.documentId, s.annotations) : s.annotations,
      parked: s.parked.map((p) => {
        const annotations = applied(p.document.id, p.annotations);
        return annotations === p.annotations ? p : { ...p, annotations };
      }),
    }));
    refreshCounts();
  };
  /** The parked list after the shown document is parked and `nextId` taken out of it. */
  const parkShown = (nextId: string): ParkedDocument[] => {
    const { document, annotations, parked } = get();
    const others = parked.filter((p) => p.document.id !== nextId);
    if (!document || document.id === nextId) return others.slice(0, PARKED_DOCUMENTS);
    return [{ document, annotations }, ...others].slice(0, PARKED_DOCUMENTS);
  };
  /** Annotations written elsewhere while a document was parked (undo, merges, bulk tagging) are picked up. */
  const refreshParked = async (id: string): Promise<void> => {
    const state = await api.call('annotations:stateOfDocument', { documentId: id });
    const mine = annotationState(get().annotations);
    if (get().documentId !== id || (state.count === mine.count && state.lastChange === mine.lastChange))
      return;
    const fresh = await api.call('annotations:listForDocument', { documentId: id });
    if (get().documentId === id && !sameAnnotations(get().annotations, fresh)) set({ annotations: fresh });
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
    parked: [],
    loading: false,
    open: async (id) => {
      const shown = get();
      const cached = shown.document?.id !== id ? shown.parked.find((p) => p.document.id === id) : undefined;
      if (cached) {
        set({ ...cached, documentId: id, loading: false, parked: parkShown(id) });
        await refreshParked(id);
        return;
      }
      // opening the shown document again reloads it; what is parked may be stale too (e.g. after a merge)
      const reload = shown.documentId === id;
      set({ documentId: id, loading: true, ...(reload ? { parked: [] } : {}) });
      try {
        const [document, annotations] = await Promise.all([
          api.call('documents:get', { id }),
          api.call('annotations:listForDocument', { documentId: id }),
        ]);
        if (get().documentId === id) set({ parked: parkShown(id), document, annotations, loading: false });
      } catch (error) {
        if (get().documentId === id) set({ loading: false });
        throw error;
      }
    },
    close: () => set({ documentId: null, document: null, annotations: [], parked: [] }),
    create: async (input, onSaved) => {
      const documentId = get().documentId;
      if (!documentId) throw new Error('No document is open');
      const created = await api.call('annotations:create', { documentId, ...input });
      applyLocal({ upsert: [created] });
      onSaved?.(created);
      useUndoStore
        .getState()
        .push({ label: 'undo.create', undo: () => drop(created.id), redo: () => restore(created) });
      return created;
    },
    update: async (input, onSaved) => {
      const before = get().annotations.find((a) => a.id === input.id);
      const updated = await api.call('annotations:update', input);
      applyLocal({ upsert: [updated] });
      onSaved?.(updated);
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
