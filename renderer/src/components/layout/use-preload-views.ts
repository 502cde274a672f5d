// Reads the views' data ahead once a project has opened and its first document shows, when the window is idle.
import { useEffect } from 'react';
import { useDocumentStore } from '../../stores/document-store';
import { useProjectStore } from '../../stores/project-store';
import { VIEWS } from './views';

/** The longest the read-ahead waits for an idle moment. */
const IDLE_TIMEOUT_MS = 3000;

export function usePreloadViews(): void {
  const info = useProjectStore((s) => s.info);
  // the first document's open goes first: its reads are what the user waits for
  const empty = useProjectStore((s) => s.loaded && s.documents.length === 0);
  const shown = useDocumentStore((s) => s.document !== null);
  const settled = empty || shown;
  useEffect(() => {
    if (!info || !settled || typeof requestIdleCallback !== 'function') return;
    const idle = requestIdleCallback(() => VIEWS.forEach((v) => v.preload?.()), { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(idle);
  }, [info, settled]);
}
