// The open document and its annotations. A new annotation shows at once while it is saved (and is taken
// away again if the save fails); other changes show once saved. Every coding action can be undone.
import { create } from 'zustand';
import type { Annotation, AnnotationTag, DocumentFull } from '../../../shared/domain/types';
import { api } from '../api/api-client';
import { afterNextPaint } from '../components/common/after-next-paint';
import { useProjectStore } from './project-store';
import { draftAnnotation } from '../../../shared/domain/draft-annotation';
import { applySorted } from './apply-sorted';
import { annotationState, identicalAnnotation, sameAnnotations } from './same-annotations';
import { useUndoStore } from './undo-store';
import { createWriteQueue } from './write-queue';

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
  /** Writes sent to the backend and not yet answered (the header says "Sparar…" meanwhile). */
  pendingSaves: number;
  /** Shows a document: at once when it is parked (then refreshed in the background), else after loading it. */
  open: (id: string) => Promise<void>;
  /**
   * Shows what was written elsewhere to the shown document's annotations (another window, a merge):
   * a cheap check, and a read only if something changed. The parked documents stay.
   */
  refresh: () => Promise<void>;
  close: () => void;
  /**
   * Shows the new annotation at once and saves it; resolves with the saved annotation, or rejects
   * (and takes the highlight away) when the save fails. `onShown` runs in the same tick as the
   * highlight is added, so what it changes shows in the same frame.
   */
  create: (input: NewAnnotationInput, onShown?: (shown: Annotation) => void) => Promise<Annotation>;
  /** `onSaved` runs in the same tick as the list update, so what it changes shows in the same frame. */
  update: (input: AnnotationChange, onSaved?: (saved: Annotation) => void) => Promise<Annotation>;
  remove: (id: string) => Promise<void>;
  setStatus: (done: boolean) => Promise<void>;
  setMemo: (memo: string) => Promise<void>;
  /** Reflects annotations written elsewhere (undo, bulk tagging) in the open document. */
  applyLocal: (change: {
    upsert?: Annotation[];
    removeIds?: string[];
    /** Annotations just made here (their ids are in no list yet, so no list is searched for them). */
    added?: Annotation[];
  }) => void;
}

let countsTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * The document list's counts are re-read a moment after a change that touched documents not open
 * here (tag-all, undo of many), not in the same frame: a burst of such changes costs one read.
 */
function refreshCounts(): void {
  if (countsTimer) clearTimeout(countsTimer);
  countsTimer = setTimeout(() => {
    countsTimer = null;
    void useProjectStore.getState().refreshDocuments();
  }, 250);
}

let pendingCounts: Map<string, number> | null = null;

/**
 * Counts of open documents, known here, reach the document list after the next paint: the new
 * highlight shows first, and the list is neither re-read nor re-rendered in the frame of a tag.
 */
function showCounts(counts: ReadonlyMap<string, number>): void {
  if (!counts.size) return;
  const scheduled = pendingCounts !== null;
  pendingCounts ??= new Map();
  for (const [id, count] of counts) pendingCounts.set(id, count);
  if (scheduled) return;
  afterNextPaint(() => {
    const latest = pendingCounts;
    pendingCounts = null;
    if (latest) useProjectStore.getState().setAnnotationCounts(latest);
  });
}

export const useDocumentStore = create<DocumentState>((set, get) => {
  const applyLocal: DocumentState['applyLocal'] = ({ upsert = [], removeIds = [], added = [] }) => {
    const counts = new Map<string, number>();
    // an upserted annotation can only be in its own document's list: other lists are not scanned for it
    const applied = (documentId: string, list: Annotation[]): Annotation[] => {
      const replaced = upsert.filter((a) => a.documentId === documentId);
      const fresh = added.filter((a) => a.documentId === documentId);
      if (!replaced.length && !fresh.length && !removeIds.length) return list;
      const remove = new Set([...removeIds, ...replaced.map((a) => a.id)]);
      const next = applySorted(list, remove, fresh.length ? [...replaced, ...fresh] : replaced);
      if (next.length !== list.length) counts.set(documentId, next.length);
      return next;
    };
    const { documentId, parked } = get();
    const open = new Set([documentId, ...parked.map((p) => p.document.id)]);
    set((s) => ({
      annotations: s.documentId ? applied(s.documentId, s.annotations) : s.annotations,
      parked: s.parked.map((p) => {
        const annotations = applied(p.document.id, p.annotations);
        return annotations === p.annotations ? p : { ...p, annotations };
      }),
    }));
    showCounts(counts);
    // a removed id may have been in a document that is not open; so may an upserted annotation
    const elsewhere = removeIds.length > 0 || [...upsert, ...added].some((a) => !open.has(a.documentId));
    if (elsewhere) refreshCounts();
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
  const queue = createWriteQueue();
  /** Sends a write after the ones before it, counted in `pendingSaves` until it is answered. */
  const write = async <T>(call: () => Promise<T>): Promise<T> => {
    set((s) => ({ pendingSaves: s.pendingSaves + 1 }));
    try {
      return await queue(call);
    } finally {
      set((s) => ({ pendingSaves: s.pendingSaves - 1 }));
    }
  };
  const restore = async (annotation: Annotation) =>
    applyLocal({ upsert: [await write(() => api.call('annotations:restore', { annotation }))] });
  const drop = async (id: string) => {
    await write(() => api.call('annotations:delete', { id }));
    applyLocal({ removeIds: [id] });
  };

  return {
    documentId: null,
    document: null,
    annotations: [],
    parked: [],
    loading: false,
    pendingSaves: 0,
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
    refresh: async () => {
      const id = get().documentId;
      if (id && get().document?.id === id) await refreshParked(id);
    },
    close: () => set({ documentId: null, document: null, annotations: [], parked: [] }),
    create: async (input, onShown) => {
      const document = get().document;
      if (!document) throw new Error('No document is open');
      // shown at once, saved meanwhile: the backend keeps the id and builds the same quote from the same text
      const shown = draftAnnotation(document, input, useProjectStore.getState().coder?.id ?? '');
      const saving = write(() =>
        api.call('annotations:create', {
          documentId: document.id,
          ...input,
          id: shown.id,
          createdAt: shown.createdAt,
        }),
      );
      applyLocal({ added: [shown] });
      onShown?.(shown);
      // undoable at once: writes run in order, so an undo pressed now deletes after the save
      const entry = {
        label: 'undo.create',
        undo: () => drop(shown.id),
        redo: async () => restore(await saving),
      };
      useUndoStore.getState().push(entry);
      try {
        const created = await saving;
        // the backend stored what was drawn (same id, quote and time): nothing to redraw
        if (!identicalAnnotation(created, shown)) applyLocal({ upsert: [created] });
        return created;
      } catch (error) {
        applyLocal({ removeIds: [shown.id] });
        useUndoStore.getState().withdraw(entry);
        throw error;
      }
    },
    update: async (input, onSaved) => {
      const before = get().annotations.find((a) => a.id === input.id);
      const updated = await write(() => api.call('annotations:update', input));
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
      useProjectStore.getState().putDocument(summary);
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
