// Handlers for search:* channels.
import { searchAnnotations } from '../services/annotation-search-service';
import { searchDocuments } from '../services/search-service';
import type { HandlerMap } from './handler-types';

export const searchHandlers: HandlerMap<'search:documents' | 'search:annotations'> = {
  'search:documents': (ctx, { query, limit }) => searchDocuments(ctx.project().db, query, limit),
  'search:annotations': (ctx, { query }) => searchAnnotations(ctx.project().db, query),
};
