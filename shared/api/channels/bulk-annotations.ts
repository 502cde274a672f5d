// Channels that create or delete many annotations at once, all or nothing (tag all hits, and its undo).
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { annotationSchema, idSchema } from '../schemas';
import { newAnnotationSchema } from './annotations';

export const bulkAnnotationChannels = {
  'annotations:createMany': defineChannel({
    input: z.object({ annotations: z.array(newAnnotationSchema).min(1).max(10_000) }).strict(),
    output: z.array(annotationSchema),
  }),
  'annotations:deleteMany': defineChannel({
    input: z.object({ ids: z.array(idSchema).min(1).max(10_000) }).strict(),
    output: z.object({ ids: z.array(idSchema) }),
  }),
};
