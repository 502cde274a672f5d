// Channels for the suggester: suggestions per document, accept, reject, and a background run over all documents.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { annotationSchema, idSchema } from '../schemas';

const offset = z.number().int().nonnegative();

export const suggestionSchema = z.object({
  key: z.string().min(1).max(1000),
  documentId: idSchema,
  start: offset,
  end: offset,
  quote: z.string(),
  codeId: idSchema,
  section: z.string(),
  stanceId: idSchema.nullable(),
  score: z.number().min(0).max(1),
  reasons: z.array(z.string()),
});

/** What a finished `suggestions:startAll` job returns as its result. */
export const suggestAllResultSchema = z.object({
  total: offset,
  byDocument: z.array(z.object({ documentId: idSchema, respondent: z.string(), count: offset })),
});

export const suggestionChannels = {
  'suggestions:forDocument': defineChannel({
    input: z.object({ documentId: idSchema }).strict(),
    output: z.array(suggestionSchema),
  }),
  'suggestions:accept': defineChannel({
    input: z
      .object({
        key: z.string().min(1).max(1000),
        start: offset.optional(),
        end: offset.optional(),
        codeId: idSchema.optional(),
        stanceId: idSchema.nullable().optional(),
      })
      .strict(),
    output: annotationSchema,
  }),
  'suggestions:reject': defineChannel({
    input: z.object({ key: z.string().min(1).max(1000) }).strict(),
    output: z.object({ key: z.string() }),
  }),
  'suggestions:startAll': defineChannel({
    input: z.object({}).strict(),
    output: z.object({ jobId: idSchema }),
  }),
};

export type SuggestionDto = z.infer<typeof suggestionSchema>;
export type SuggestAllResult = z.infer<typeof suggestAllResultSchema>;
