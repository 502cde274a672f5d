// The suggestion engine's public surface: pure functions, no I/O.
export { suggestForDocument, type SuggestInput } from './suggest-document';
export {
  suggestForDocuments,
  rankSuggestions,
  type DocumentToSuggest,
  type SuggestAllOptions,
} from './suggest-all';
export { classifyStance, type StanceKey, type StanceReading } from './stance-wording';
export { suggestionKey, type Suggestion, type SuggestOptions } from './types';
