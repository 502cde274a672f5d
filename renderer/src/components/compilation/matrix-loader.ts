// Reads the matrix for a filter; the request a view tab starts on click is the one the view then uses.
import type { MatrixDto } from '../../../../shared/api/channels/compilation';
import type { CompilationFilter } from '../../../../shared/compilation/compilation-filter';
import { api } from '../../api/api-client';

/** The matrix view's filter: one stance and one coder at most ('' for all). */
export function matrixFilter(stanceId = '', coderId = ''): CompilationFilter {
  return { stanceIds: stanceId ? [stanceId] : [], coderIds: coderId ? [coderId] : [] };
}

let inFlight: { key: string; answer: Promise<MatrixDto> } | null = null;

/**
 * Starts the request for `filter`, or joins the one in flight for the same filter (the tab's click
 * starts it before the view renders, so the backend works while the view's frame is drawn). Once
 * answered, the next call asks again: nothing is kept.
 */
export function loadMatrix(filter: CompilationFilter): Promise<MatrixDto> {
  const key = JSON.stringify(filter);
  if (inFlight?.key === key) return inFlight.answer;
  const entry = { key, answer: api.call('compilation:matrix', { filter }) };
  inFlight = entry;
  const done = () => {
    if (inFlight === entry) inFlight = null;
  };
  entry.answer.then(done, done);
  return entry.answer;
}
