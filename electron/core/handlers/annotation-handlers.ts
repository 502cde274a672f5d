// Handlers for annotations:* channels.
import { annotationStateOfDocument, listAnnotationsForDocument } from '../db/tables/annotations';
import {
  createAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../services/annotation-service';
import type { annotationChannels } from '../../../shared/api/channels/annotations';
import type { HandlerMap } from './handler-types';

type AnnotationChannel = keyof typeof annotationChannels;

export const annotationHandlers: HandlerMap<AnnotationChannel> = {
  'annotations:listForDocument': (ctx, { documentId }) =>
    listAnnotationsForDocument(ctx.project().db, documentId),
  'annotations:stateOfDocument': (ctx, { documentId }) =>
    annotationStateOfDocument(ctx.project().db, documentId),
  'annotations:create': (ctx, input) => createAnnotation(ctx.project().db, ctx.currentCoder().id, input),
  'annotations:update': (ctx, input) => updateAnnotation(ctx.project().db, input),
  'annotations:restore': (ctx, { annotation }) => restoreAnnotation(ctx.project().db, annotation),
  'annotations:delete': (ctx, { id }) => {
    deleteAnnotation(ctx.project().db, id);
    return { id };
  },
};
