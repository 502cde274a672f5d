// Channels that create or delete many annotations at once, all or nothing (tag all hits, and its undo).
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { annotationSchema, annotationTagSchema, idSchema } from '../schemas';

const offset = z.number().int().nonnegative();

export const newAnnotationSchema = z
  .object({
    documentId: idSchema,
    start: offset,
    end: offset,
    tags: z.array(annotationTagSchema).min(1).max(100),
    comment: z.string().max(100_000).optional(),
    origin: z.enum(['manual', 'suggestion']).optional(),
    /** Re-create a deleted annotation with its old id (redo). */
    id: idSchema.optional(),
  })
  .strict()
  .refine((v) => v.end > v.start, { message: 'end must be after start', path: ['end'] });

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
