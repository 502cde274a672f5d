// Channels for background jobs (suggestions for all documents; reusable by imports and exports).
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { idSchema } from '../schemas';

export const jobStatusSchema = z.object({
  id: idSchema,
  kind: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  finished: z.boolean(),
  cancelled: z.boolean(),
  error: z.string().nullable(),
  /** The job's result once finished; its shape depends on `kind`. */
  result: z.unknown().optional(),
});

export const jobChannels = {
  'jobs:status': defineChannel({
    input: z.object({ jobId: idSchema }).strict(),
    output: jobStatusSchema,
  }),
  'jobs:cancel': defineChannel({
    input: z.object({ jobId: idSchema }).strict(),
    output: jobStatusSchema,
  }),
};

export type JobStatusDto = z.infer<typeof jobStatusSchema>;
