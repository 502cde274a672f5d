// Channels that change the codebook and the stance scale, and import/export codebooks.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { codebookEntrySchema, codeKindSchema, colourSchema, idSchema, stanceSchema } from '../schemas';

const codeFields = {
  section: z.string().trim().max(50),
  title: z.string().trim().min(1).max(1000),
  kind: codeKindSchema,
  description: z.string().max(20_000),
  colour: colourSchema,
};

export const codebookFormatSchema = z.enum(['json', 'csv', 'qdc']);

export const codebookEditChannels = {
  'codebook:addCode': defineChannel({
    input: z.object({ parentId: idSchema.nullable(), ...codeFields }).strict(),
    output: codebookEntrySchema,
  }),
  'codebook:updateCode': defineChannel({
    input: z.object({ id: idSchema }).extend(z.object(codeFields).partial().shape).strict(),
    output: codebookEntrySchema,
  }),
  'codebook:moveCode': defineChannel({
    input: z.object({ id: idSchema, parentId: idSchema.nullable(), index: z.number().int().min(0) }).strict(),
    output: z.array(codebookEntrySchema),
  }),
  'codebook:mergeCodes': defineChannel({
    input: z.object({ sourceId: idSchema, targetId: idSchema }).strict(),
    output: z.object({ moved: z.number().int() }),
  }),
  'codebook:deleteCode': defineChannel({
    input: z.object({ id: idSchema, moveTo: idSchema.optional() }).strict(),
    output: z.object({ moved: z.number().int() }),
  }),
  'codebook:counts': defineChannel({
    input: z.object({}).strict(),
    output: z.array(
      z.object({ codeId: idSchema, annotations: z.number().int(), documents: z.number().int() }),
    ),
  }),
  'codebook:import': defineChannel({
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        content: z.string().max(20_000_000),
        /** Replace an empty codebook, or append to the current one. */
        mode: z.enum(['append', 'replace']).default('append'),
      })
      .strict(),
    output: z.object({ added: z.number().int() }),
  }),
  'codebook:export': defineChannel({
    input: z.object({ format: codebookFormatSchema }).strict(),
    output: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  }),
  'stances:save': defineChannel({
    input: z.object({ stances: z.array(stanceSchema).min(1).max(20) }).strict(),
    output: z.array(stanceSchema),
  }),
  'progress:get': defineChannel({
    input: z.object({}).strict(),
    output: z.object({
      total: z.number().int(),
      coders: z.array(z.object({ coderId: idSchema, name: z.string(), done: z.number().int() })),
    }),
  }),
};
