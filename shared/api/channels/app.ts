// Channels about the running application and its open project.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { projectInfoSchema } from '../schemas';

const empty = z.object({}).strict();

export const appChannels = {
  'app:info': defineChannel({
    input: empty,
    output: z.object({
      version: z.string(),
      mode: z.enum(['electron', 'browser']),
      dataDir: z.string(),
      /** False until the user has chosen a coder name (the app then asks once). */
      coderChosen: z.boolean(),
    }),
  }),
  'project:current': defineChannel({ input: empty, output: projectInfoSchema }),
  'project:open': defineChannel({
    input: z.object({ path: z.string().min(1).max(4096) }).strict(),
    output: projectInfoSchema,
  }),
  'project:create': defineChannel({
    input: z
      .object({
        path: z.string().min(1).max(4096),
        name: z.string().max(200).optional(),
        reportTitle: z.string().max(1000).optional(),
        withDemo: z.boolean().optional(),
      })
      .strict(),
    output: projectInfoSchema,
  }),
  'project:recent': defineChannel({
    input: empty,
    output: z.array(z.object({ path: z.string(), name: z.string(), exists: z.boolean() })),
  }),
  'project:update': defineChannel({
    input: z
      .object({ name: z.string().min(1).max(200).optional(), reportTitle: z.string().max(1000).optional() })
      .strict(),
    output: projectInfoSchema,
  }),
};
