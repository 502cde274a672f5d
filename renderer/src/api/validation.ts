// Loads the API contract's schemas off the startup path: building them was a third of the app's module evaluation.
import type * as ContractChunk from './contract-chunk';

type Validation = typeof ContractChunk;

let loading: Promise<Validation> | null = null;

/**
 * The contract's schemas, loaded once. The first call starts the load (the API client does so as
 * the app starts), so the first requests go out while it runs and their answers find it ready.
 */
export function validation(): Promise<Validation> {
  loading ??= import('./contract-chunk').catch((error: unknown) => {
    loading = null; // a failed load is tried again by the next call
    throw error;
  });
  return loading;
}
