// Channels of the compilation: the matrix, one proposal's excerpts, chart counts and exports.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { isPackedCells, type PackedCell } from '../../compilation/matrix-wire';
import { idSchema, respondentTypeSchema } from '../schemas';

const idList = z.array(idSchema).max(100_000).readonly().optional();

/** Which part of the project a view or export covers; an empty or missing list means "all". */
export const compilationFilterSchema = z
  .object({ codeIds: idList, documentIds: idList, stanceIds: idList, coderIds: idList })
  .strict();

export const exportLocaleSchema = z.enum(['sv', 'en']);
export const EXPORT_FORMATS = ['csv', 'xlsx', 'docx', 'md', 'html', 'json'] as const;
export const exportFormatSchema = z.enum(EXPORT_FORMATS);

const stanceSchema = z.object({
  id: z.string(),
  labelSv: z.string(),
  labelEn: z.string(),
  colour: z.string(),
  sortOrder: z.number(),
});

export const matrixSchema = z.object({
  respondents: z.array(
    z.object({
      documentId: z.string(),
      respondent: z.string(),
      respondentType: respondentTypeSchema,
      fileName: z.string(),
    }),
  ),
  proposals: z.array(
    z.object({
      codeId: z.string(),
      section: z.string(),
      title: z.string(),
      kind: z.string(),
      colour: z.string(),
      depth: z.number(),
    }),
  ),
  stances: z.array(stanceSchema),
  /**
   * Packed cells (shared/compilation/matrix-wire.ts): [excerpts, stance index, count, …] or null.
   * Checked in one loop: zod took ~40 ms per number-by-number check of 300 × 16 cells.
   */
  cells: z.custom<PackedCell[][]>(isPackedCells, { message: 'cells must be rows of packed cells' }),
  totals: z.array(z.object({ byStance: z.record(z.string(), z.number()), respondents: z.number().int() })),
  /** The project file's version it was counted at (ask `compilation:changedSince` whether it still holds). */
  version: z.string(),
});

const excerptSchema = z.object({
  annotationId: z.string(),
  documentId: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  reference: z.string(),
  page: z.number().int().nullable(),
  paragraph: z.number().int(),
  comment: z.string(),
  coder: z.string(),
});

const stanceCountSchema = z.object({
  stanceId: z.string().nullable(),
  label: z.string(),
  colour: z.string().nullable(),
  count: z.number().int(),
});

export const proposalSectionSchema = z.object({
  codeId: z.string(),
  heading: z.string(),
  countsLine: z.string(),
  counts: z.array(stanceCountSchema),
  respondentCount: z.number().int(),
  excerptCount: z.number().int(),
  groups: z.array(
    z.object({
      stanceId: z.string().nullable(),
      label: z.string(),
      colour: z.string().nullable(),
      respondents: z.array(
        z.object({
          documentId: z.string(),
          respondent: z.string(),
          respondentTypeLabel: z.string(),
          fileName: z.string(),
          excerpts: z.array(excerptSchema),
        }),
      ),
    }),
  ),
});

const chartBarSchema = z.object({
  key: z.string(),
  label: z.string(),
  /** Respondents per stance, aligned with `stances`. */
  counts: z.array(z.number().int()),
  /** Respondents with an excerpt but no stance. */
  noStance: z.number().int(),
});

export const chartDataSchema = z.object({
  stances: z.array(z.object({ stanceId: z.string(), label: z.string(), colour: z.string() })),
  byProposal: z.array(chartBarSchema),
  /** Per respondent type: respondent × proposal positions per stance (respondents when one proposal is chosen). */
  byRespondentType: z.array(chartBarSchema),
});

export const exportResultSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  base64: z.string(),
});

export const compilationChannels = {
  'compilation:matrix': defineChannel({
    input: z.object({ filter: compilationFilterSchema.default({}) }).strict(),
    output: matrixSchema,
  }),
  /** Whether the project file changed since `version` (a kept matrix is shown again only if not). */
  'compilation:changedSince': defineChannel({
    input: z.object({ version: z.string().max(200) }).strict(),
    output: z.object({ changed: z.boolean() }),
  }),
  'compilation:proposal': defineChannel({
    input: z
      .object({
        codeId: idSchema,
        filter: compilationFilterSchema.default({}),
        locale: exportLocaleSchema.default('sv'),
      })
      .strict(),
    output: proposalSectionSchema,
  }),
  'compilation:charts': defineChannel({
    input: z
      .object({ filter: compilationFilterSchema.default({}), locale: exportLocaleSchema.default('sv') })
      .strict(),
    output: chartDataSchema,
  }),
  'export:start': defineChannel({
    input: z
      .object({
        format: exportFormatSchema,
        filter: compilationFilterSchema.default({}),
        locale: exportLocaleSchema.default('sv'),
        delimiter: z.enum([',', ';']).optional(),
      })
      .strict(),
    output: z.object({ jobId: idSchema }),
  }),
};

export type MatrixDto = z.infer<typeof matrixSchema>;
export type ProposalSectionDto = z.infer<typeof proposalSectionSchema>;
export type ChartDataDto = z.infer<typeof chartDataSchema>;
export type ExportResultDto = z.infer<typeof exportResultSchema>;
export type ExportFormat = z.infer<typeof exportFormatSchema>;
