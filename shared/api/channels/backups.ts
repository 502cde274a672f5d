// Channels for the project's automatic backups: list them, make one now, restore one.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { projectInfoSchema } from '../schemas';

export const backupSchema = z.object({
  fileName: z.string(),
  createdAt: z.string(),
  reason: z.enum(['start', 'timer', 'manual', 'before-restore']),
  sizeBytes: z.number().int().nonnegative(),
});

const backupFileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[A-Za-z0-9._-]+$/, 'a backup file name, without folders');

export const backupChannels = {
  'backups:list': defineChannel({
    input: z.object({}).strict(),
    output: z.object({ folder: z.string(), backups: z.array(backupSchema) }),
  }),
  'backups:create': defineChannel({
    input: z.object({}).strict(),
    output: backupSchema,
  }),
  'backups:restore': defineChannel({
    input: z.object({ fileName: backupFileName }).strict(),
    output: z.object({ project: projectInfoSchema, safetyCopy: backupSchema }),
  }),
};
