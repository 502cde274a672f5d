// Handlers for annotations:* channels.
import { listAnnotationsForDocument } from '../db/tables/annotations';
import { createAnnotation, deleteAnnotation, updateAnnotation } from '../services/annotation-service';
import type { HandlerMap } from './handler-types';

type AnnotationChannel =
  'annotations:listForDocument' | 'annotations:create' | 'annotations:update' | 'annotations:delete';

export const annotationHandlers: HandlerMap<AnnotationChannel> = {
  'annotations:listForDocument': (ctx, { documentId }) =>
    listAnnotationsForDocument(ctx.project().db, documentId),
  'annotations:create': (ctx, input) => createAnnotation(ctx.project().db, ctx.currentCoder().id, input),
  'annotations:update': (ctx, input) => updateAnnotation(ctx.project().db, input),
  'annotations:delete': (ctx, { id }) => {
    deleteAnnotation(ctx.project().db, id);
    return { id };
  },
};
