// Where every async failure ends up: a list of user-visible messages (shown by ErrorBanner).
import { create } from 'zustand';
import { ApiError } from '../../../shared/api/api-error';

export interface UiError {
  id: number;
  code: string;
  message: string;
  params: Record<string, string | number>;
}

interface ErrorState {
  errors: UiError[];
  push: (error: unknown) => void;
  dismiss: (id: number) => void;
}

let nextId = 1;

export const useErrorStore = create<ErrorState>((set) => ({
  errors: [],
  push: (error) => {
    const entry: UiError =
      error instanceof ApiError
        ? { id: nextId++, code: error.code, message: error.message, params: error.params }
        : { id: nextId++, code: 'internal', message: (error as Error)?.message ?? String(error), params: {} };
    set((s) => ({ errors: [...s.errors.slice(-4), entry] }));
  },
  dismiss: (id) => set((s) => ({ errors: s.errors.filter((e) => e.id !== id) })),
}));

/** Runs an async action; a failure becomes a visible message and the action resolves to null. */
export async function attempt<T>(action: () => Promise<T>): Promise<T | null> {
  try {
    return await action();
  } catch (error) {
    useErrorStore.getState().push(error);
    return null;
  }
}
