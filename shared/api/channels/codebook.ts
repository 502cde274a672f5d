// Channels about the codebook (proposals and other codes), the stance scale and coders.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { codebookEntrySchema, coderSchema, stanceSchema } from '../schemas';

const empty = z.object({}).strict();

export const codebookChannels = {
  'codebook:get': defineChannel({
    input: empty,
    output: z.object({ codes: z.array(codebookEntrySchema), stances: z.array(stanceSchema) }),
  }),
  'coders:list': defineChannel({ input: empty, output: z.array(coderSchema) }),
  'coders:current': defineChannel({ input: empty, output: coderSchema }),
  'coders:setCurrent': defineChannel({
    input: z.object({ name: z.string().trim().min(1).max(200) }).strict(),
    output: coderSchema,
  }),
};
