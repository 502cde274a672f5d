// Channels that create, read, change and delete annotations (tagged passages).
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { annotationSchema, annotationTagSchema, idSchema } from '../schemas';

const offset = z.number().int().nonnegative();

/** A new annotation: document, span, one or more proposals with stances, optional comment. */
export const newAnnotationSchema = z
  .object({
    documentId: idSchema,
    start: offset,
    end: offset,
    tags: z.array(annotationTagSchema).min(1).max(100),
    comment: z.string().max(100_000).optional(),
    origin: z.enum(['manual', 'suggestion']).optional(),
    /** The id to store it under: the renderer's, so it can draw the annotation before the save returns. */
    id: idSchema.optional(),
    /** When the coder made it (the app's own clock); now when left out. */
    createdAt: z.iso.datetime().optional(),
  })
  .strict()
  .refine((v) => v.end > v.start, { message: 'end must be after start', path: ['end'] });

export const annotationChannels = {
  'annotations:listForDocument': defineChannel({
    input: z.object({ documentId: idSchema }).strict(),
    output: z.array(annotationSchema),
  }),
  /** How many annotations a document has and when the last was written: a cheap "has anything changed?". */
  'annotations:stateOfDocument': defineChannel({
    input: z.object({ documentId: idSchema }).strict(),
    output: z.object({ count: z.number().int().nonnegative(), lastChange: z.string().nullable() }),
  }),
  'annotations:create': defineChannel({ input: newAnnotationSchema, output: annotationSchema }),
  'annotations:update': defineChannel({
    input: z
      .object({
        id: idSchema,
        start: offset.optional(),
        end: offset.optional(),
        tags: z.array(annotationTagSchema).min(1).max(100).optional(),
        comment: z.string().max(100_000).optional(),
      })
      .strict(),
    output: annotationSchema,
  }),
  /** Puts back an annotation exactly as it was (undo of a delete, redo of a create). */
  'annotations:restore': defineChannel({
    input: z.object({ annotation: annotationSchema }).strict(),
    output: annotationSchema,
  }),
  'annotations:delete': defineChannel({
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema }),
  }),
};
