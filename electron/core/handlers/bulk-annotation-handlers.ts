// Handlers for annotations:createMany / deleteMany: one transaction each, so all or nothing is saved.
import { createAnnotation, deleteAnnotation } from '../services/annotation-service';
import type { HandlerMap } from './handler-types';

export const bulkAnnotationHandlers: HandlerMap<'annotations:createMany' | 'annotations:deleteMany'> = {
  'annotations:createMany': (ctx, { annotations }) => {
    const { db } = ctx.project();
    const coderId = ctx.currentCoder().id;
    return db.transaction(() => annotations.map((a) => createAnnotation(db, coderId, a)))();
  },
  'annotations:deleteMany': (ctx, { ids }) => {
    const { db } = ctx.project();
    db.transaction(() => ids.forEach((id) => deleteAnnotation(db, id)))();
    return { ids };
  },
};
