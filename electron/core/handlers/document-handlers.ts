// Handlers for documents:* channels.
import { ApiError } from '../../../shared/api/api-error';
import {
  deleteDocument,
  getDocument,
  getDocumentSummary,
  listDocuments,
  setDocumentMemo,
  updateDocumentMeta,
} from '../db/tables/documents';
import type { AppContext } from '../app-context';
import { setDocumentDone } from '../services/progress-service';
import type { HandlerMap } from './handler-types';

type DocumentChannel =
  | 'documents:list'
  | 'documents:get'
  | 'documents:updateMeta'
  | 'documents:setStatus'
  | 'documents:setMemo'
  | 'documents:delete';

function summaryOrFail(ctx: AppContext, id: string) {
  const summary = getDocumentSummary(ctx.project().db, id);
  if (!summary) throw new ApiError('document_not_found', `No document with id ${id}.`, { id });
  return summary;
}

export const documentHandlers: HandlerMap<DocumentChannel> = {
  'documents:list': (ctx) => listDocuments(ctx.project().db),
  'documents:get': (ctx, { id }) => {
    const doc = getDocument(ctx.project().db, id);
    if (!doc) throw new ApiError('document_not_found', `No document with id ${id}.`, { id });
    return doc;
  },
  'documents:updateMeta': (ctx, { id, ...meta }) => {
    summaryOrFail(ctx, id);
    updateDocumentMeta(ctx.project().db, id, meta);
    return summaryOrFail(ctx, id);
  },
  'documents:setStatus': (ctx, { id, status }) => {
    summaryOrFail(ctx, id);
    setDocumentDone(ctx.project().db, id, ctx.currentCoder().id, status === 'done');
    return summaryOrFail(ctx, id);
  },
  'documents:setMemo': (ctx, { id, memo }) => {
    summaryOrFail(ctx, id);
    setDocumentMemo(ctx.project().db, id, memo);
    return { id };
  },
  'documents:delete': (ctx, { id }) => {
    summaryOrFail(ctx, id);
    ctx.project().transaction(() => deleteDocument(ctx.project().db, id));
    return { id };
  },
};
