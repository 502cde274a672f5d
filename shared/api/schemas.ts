// Zod schemas of the domain types, reused by every channel and file format.
import { z } from 'zod';
import { CODE_KINDS, RESPONDENT_TYPES } from '../domain/types';

export const idSchema = z.string().min(1).max(200);
export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is written #rrggbb');
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is written YYYY-MM-DD');

export const blockSchema = z.object({
  type: z.enum(['paragraph', 'heading', 'list-item']),
  level: z.number().int().min(1).max(6).optional(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
});

export const respondentTypeSchema = z
  .enum(RESPONDENT_TYPES as [string, ...string[]])
  .transform((v) => v as (typeof RESPONDENT_TYPES)[number]);
export const sourceFormatSchema = z.enum(['txt', 'pdf', 'docx', 'odt', 'rtf', 'qdpx']);
export const codeKindSchema = z
  .enum(CODE_KINDS as [string, ...string[]])
  .transform((v) => v as (typeof CODE_KINDS)[number]);

export const documentMetaSchema = z.object({
  respondent: z.string().min(1).max(500),
  respondentType: respondentTypeSchema,
  date: isoDateSchema.nullable(),
  diaryNumber: z.string().max(200).nullable(),
});

export const documentSummarySchema = documentMetaSchema.extend({
  id: idSchema,
  fileName: z.string(),
  sourceFormat: sourceFormatSchema,
  contentHash: z.string(),
  importedAt: z.string(),
  status: z.enum(['open', 'done']),
  annotationCount: z.number().int().nonnegative(),
  length: z.number().int().nonnegative(),
});

export const documentFullSchema = documentSummarySchema.extend({
  text: z.string(),
  rawText: z.string(),
  blocks: z.array(blockSchema),
  memo: z.string(),
});

export const codebookEntrySchema = z.object({
  id: idSchema,
  parentId: idSchema.nullable(),
  section: z.string().max(50),
  title: z.string().min(1).max(1000),
  kind: codeKindSchema,
  description: z.string().max(20_000),
  colour: colourSchema,
  sortOrder: z.number(),
});

export const stanceSchema = z.object({
  id: idSchema,
  labelSv: z.string().min(1).max(200),
  labelEn: z.string().min(1).max(200),
  colour: colourSchema,
  sortOrder: z.number(),
});

export const coderSchema = z.object({ id: idSchema, name: z.string().min(1).max(200) });

export const annotationTagSchema = z.object({ codeId: idSchema, stanceId: idSchema.nullable() });

export const annotationSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  tags: z.array(annotationTagSchema),
  comment: z.string(),
  coderId: idSchema,
  origin: z.enum(['manual', 'suggestion', 'import']),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const projectInfoSchema = z.object({
  path: z.string(),
  name: z.string(),
  reportTitle: z.string(),
  schemaVersion: z.number().int(),
});
