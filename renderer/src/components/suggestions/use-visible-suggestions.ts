// The open document's suggestions that are still open: loaded for this document and not yet tagged by an annotation.
import { useMemo } from 'react';
import type { SuggestionDto } from '../../../../shared/api/channels/suggestions';
import { useDocumentStore } from '../../stores/document-store';
import { isCovered, useSuggestionStore } from '../../stores/suggestion-store';

export function useVisibleSuggestions(): SuggestionDto[] {
  const documentId = useDocumentStore((s) => s.documentId);
  const annotations = useDocumentStore((s) => s.annotations);
  const forDocument = useSuggestionStore((s) => s.documentId);
  const suggestions = useSuggestionStore((s) => s.suggestions);
  return useMemo(
    () => (forDocument === documentId ? suggestions.filter((s) => !isCovered(s, annotations)) : []),
    [forDocument, documentId, suggestions, annotations],
  );
}
