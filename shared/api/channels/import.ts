// Channels for importing remissvar files: start a background import job, cancel it, and the job's result shape.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { idSchema } from '../schemas';
import { IMPORT_ERROR_CODES } from '../../text/refusal-messages';
import { IMPORT_MAX_FILE_BYTES, IMPORT_MAX_REQUEST_BYTES, IMPORT_MAX_REQUEST_FILES } from '../import-limits';

const base64Length = (bytes: number): number => Math.ceil(bytes / 3) * 4;

export const importFileSchema = z.object({
  name: z.string().min(1).max(500),
  base64: z.string().max(base64Length(IMPORT_MAX_FILE_BYTES)),
});

export const importOutcomeSchema = z.discriminatedUnion('status', [
  z.object({
    fileName: z.string(),
    status: z.literal('imported'),
    documentId: idSchema,
    respondent: z.string(),
  }),
  z.object({
    fileName: z.string(),
    status: z.literal('duplicate'),
    existingId: idSchema,
    respondent: z.string(),
  }),
  z.object({
    fileName: z.string(),
    status: z.literal('refused'),
    code: z.enum(IMPORT_ERROR_CODES as unknown as [string, ...string[]]),
    message: z.string(),
  }),
]);

/** What a finished (or cancelled) `import` job returns as its result: one outcome per file handled. */
export const importJobResultSchema = z.object({ outcomes: z.array(importOutcomeSchema) });

export const importChannels = {
  /** Starts importing the files in the background; poll `jobs:status` (done/total, result at the end). */
  'import:start': defineChannel({
    input: z
      .object({ files: z.array(importFileSchema).min(1).max(IMPORT_MAX_REQUEST_FILES) })
      .strict()
      .refine(
        (i) => i.files.reduce((n, f) => n + f.base64.length, 0) <= base64Length(IMPORT_MAX_REQUEST_BYTES),
        {
          message: `at most ${IMPORT_MAX_REQUEST_BYTES} bytes of files per request`,
        },
      ),
    output: z.object({ jobId: idSchema }),
  }),
  /** Stops the import after the file it is on; files already imported stay. */
  'import:cancel': defineChannel({
    input: z.object({ jobId: idSchema }).strict(),
    output: z.object({ jobId: idSchema, cancelled: z.boolean() }),
  }),
};

export type ImportOutcomeDto = z.infer<typeof importOutcomeSchema>;
export type ImportJobResult = z.infer<typeof importJobResultSchema>;
