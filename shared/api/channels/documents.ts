// Channels about the documents (remissvar) of the open project.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { documentFullSchema, documentMetaSchema, documentSummarySchema, idSchema } from '../schemas';

export const documentChannels = {
  'documents:list': defineChannel({ input: z.object({}).strict(), output: z.array(documentSummarySchema) }),
  'documents:get': defineChannel({ input: z.object({ id: idSchema }).strict(), output: documentFullSchema }),
  'documents:updateMeta': defineChannel({
    input: documentMetaSchema.partial().extend({ id: idSchema }).strict(),
    output: documentSummarySchema,
  }),
  'documents:setStatus': defineChannel({
    input: z.object({ id: idSchema, status: z.enum(['open', 'done']) }).strict(),
    output: documentSummarySchema,
  }),
  'documents:setMemo': defineChannel({
    input: z.object({ id: idSchema, memo: z.string().max(200_000) }).strict(),
    output: z.object({ id: idSchema }),
  }),
  'documents:delete': defineChannel({
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema }),
  }),
};
