// Undo/redo of coding actions in this session; each step is itself saved through the API.
import { create } from 'zustand';

export interface UndoEntry {
  /** i18n key describing the action, e.g. "undo.create". */
  label: string;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

interface UndoState {
  past: UndoEntry[];
  future: UndoEntry[];
  busy: boolean;
  push: (entry: UndoEntry) => void;
  /** Takes an entry off both stacks (its action failed after it was pushed). */
  withdraw: (entry: UndoEntry) => void;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  clear: () => void;
}

const LIMIT = 200;

export const useUndoStore = create<UndoState>((set, get) => ({
  past: [],
  future: [],
  busy: false,
  push: (entry) => set((s) => ({ past: [...s.past.slice(-(LIMIT - 1)), entry], future: [] })),
  withdraw: (entry) =>
    set((s) => ({ past: s.past.filter((e) => e !== entry), future: s.future.filter((e) => e !== entry) })),
  undo: async () => {
    const { past, busy } = get();
    const entry = past[past.length - 1];
    if (!entry || busy) return;
    set({ busy: true });
    try {
      await entry.undo();
      set((s) => ({ past: s.past.slice(0, -1), future: [...s.future, entry] }));
    } finally {
      set({ busy: false });
    }
  },
  redo: async () => {
    const { future, busy } = get();
    const entry = future[future.length - 1];
    if (!entry || busy) return;
    set({ busy: true });
    try {
      await entry.redo();
      set((s) => ({ future: s.future.slice(0, -1), past: [...s.past, entry] }));
    } finally {
      set({ busy: false });
    }
  },
  clear: () => set({ past: [], future: [] }),
}));
