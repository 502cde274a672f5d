// Reads the matrix for a filter, and keeps the last ones read so the view can show them again at once.
import type { MatrixDto } from '../../../../shared/api/channels/compilation';
import type { CompilationFilter } from '../../../../shared/compilation/compilation-filter';
import { api } from '../../api/api-client';
import { writeGeneration } from '../../api/write-generation';

/** The matrix view's filter: one stance and one coder at most ('' for all). */
export function matrixFilter(stanceId = '', coderId = ''): CompilationFilter {
  return { stanceIds: stanceId ? [stanceId] : [], coderIds: coderId ? [coderId] : [] };
}

let inFlight: { key: string; answer: Promise<MatrixDto> } | null = null;
/** Matrices read, by filter, with the write generation their request started in. */
const kept = new Map<string, { matrix: MatrixDto; generation: number }>();
/** Filters a user flips between (each packed matrix is ~130 kB on 300 × 16 cells). */
const KEPT_FILTERS = 4;

/**
 * Starts the request for `filter`, or joins the one in flight for the same filter (the tab's click
 * starts it before the view renders, so the backend works while the view's frame is drawn).
 */
export function loadMatrix(filter: CompilationFilter): Promise<MatrixDto> {
  const key = JSON.stringify(filter);
  if (inFlight?.key === key) return inFlight.answer;
  const generation = writeGeneration();
  const entry = { key, answer: api.call('compilation:matrix', { filter }) };
  inFlight = entry;
  const done = () => {
    if (inFlight === entry) inFlight = null;
  };
  entry.answer.then((matrix) => {
    done();
    kept.delete(key);
    kept.set(key, { matrix, generation });
    if (kept.size > KEPT_FILTERS) kept.delete(kept.keys().next().value!);
  }, done);
  return entry.answer;
}

/**
 * The matrix last read for `filter` if nothing was written from this window since its request
 * started (a write from elsewhere is caught by `revalidateMatrix`), else null.
 */
export function keptMatrix(filter: CompilationFilter): MatrixDto | null {
  const entry = kept.get(JSON.stringify(filter));
  return entry && entry.generation === writeGeneration() ? entry.matrix : null;
}

/** The matrix for `filter` read again if the project file changed since `shown` was counted, else null. */
export async function revalidateMatrix(
  filter: CompilationFilter,
  shown: MatrixDto,
): Promise<MatrixDto | null> {
  const { changed } = await api.call('compilation:changedSince', { version: shown.version });
  return changed ? loadMatrix(filter) : null;
}

/**
 * Reads the unfiltered matrix ahead, when the window is idle after a project opens or the pointer
 * nears the tab: the first click on it then draws at once. Nothing is read if a current one is kept.
 */
export function prefetchMatrix(): void {
  const filter = matrixFilter();
  if (keptMatrix(filter)) return;
  loadMatrix(filter).catch(() => {}); // the view reports errors when it is opened
}
