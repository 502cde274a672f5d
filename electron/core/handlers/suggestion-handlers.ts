// Handlers for suggestions:* and jobs:* channels.
import { jobRegistryFor } from '../services/job-registry';
import {
  acceptSuggestion,
  rejectSuggestion,
  startSuggestAll,
  suggestionsForDocument,
} from '../services/suggestion-service';
import type { HandlerMap } from './handler-types';

type SuggestionChannel =
  | 'suggestions:forDocument'
  | 'suggestions:accept'
  | 'suggestions:reject'
  | 'suggestions:startAll'
  | 'jobs:status'
  | 'jobs:cancel';

export const suggestionHandlers: HandlerMap<SuggestionChannel> = {
  'suggestions:forDocument': (ctx, { documentId }) => suggestionsForDocument(ctx.project().db, documentId),
  'suggestions:accept': (ctx, input) => acceptSuggestion(ctx.project().db, ctx.currentCoder().id, input),
  'suggestions:reject': (ctx, { key }) => {
    rejectSuggestion(ctx.project().db, ctx.currentCoder().id, key);
    return { key };
  },
  'suggestions:startAll': (ctx) => ({ jobId: startSuggestAll(ctx.project().db, jobRegistryFor(ctx)) }),
  'jobs:status': (ctx, { jobId }) => jobRegistryFor(ctx).status(jobId),
  'jobs:cancel': (ctx, { jobId }) => jobRegistryFor(ctx).cancel(jobId),
};
