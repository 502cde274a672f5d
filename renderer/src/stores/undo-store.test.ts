// Tests the undo history: undo and redo move entries between the stacks; a failed action is withdrawn.
import { describe, expect, it } from 'vitest';
import { useUndoStore, type UndoEntry } from './undo-store';

const entry = (label: string, log: string[]): UndoEntry => ({
  label,
  undo: async () => void log.push(`undo ${label}`),
  redo: async () => void log.push(`redo ${label}`),
});

describe('undo store', () => {
  it('undoes the latest entry, redoes it, and forgets an entry whose action failed', async () => {
    const log: string[] = [];
    const store = useUndoStore.getState();
    store.clear();
    const first = entry('first', log);
    const failed = entry('failed', log);
    store.push(first);
    store.push(failed);
    useUndoStore.getState().withdraw(failed);
    await useUndoStore.getState().undo();
    await useUndoStore.getState().redo();
    expect(log).toEqual(['undo first', 'redo first']);
    expect(useUndoStore.getState().past).toEqual([first]);
  });
});
