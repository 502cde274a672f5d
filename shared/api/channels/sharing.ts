// Channels for sharing work between coders: annotation files, orphans, agreement, REFI-QDA.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { annotationSchema, idSchema } from '../schemas';

const fileText = { fileName: z.string().min(1).max(500), content: z.string().max(200_000_000) };
const idList = z.array(idSchema).max(100_000);
const ratio = z.number().nullable();

/** Why an annotation in a file is added, updated, left alone or orphaned (translated in the UI). */
export const shareReasonSchema = z.enum([
  'added',
  'added-fuzzy',
  'newer',
  'already',
  'older',
  'twin',
  'no-document',
  'not-found',
  'unconfirmed',
  'no-codes',
]);

export const annotationPreviewSchema = z.object({
  exportedBy: z.object({ id: z.string(), name: z.string() }),
  project: z.object({ name: z.string(), reportTitle: z.string() }),
  documents: z.array(
    z.object({
      fileDocumentId: z.string(),
      respondent: z.string(),
      fileName: z.string(),
      localDocumentId: z.string().nullable(),
      localRespondent: z.string().nullable(),
      localFileName: z.string().nullable(),
      by: z.enum(['fingerprint', 'respondent-and-file-name', 'file-name', 'respondent', 'none']),
      needsConfirmation: z.boolean(),
      annotations: z.number().int(),
    }),
  ),
  codes: z.array(
    z.object({
      fileCodeId: z.string(),
      section: z.string(),
      title: z.string(),
      by: z.enum(['id', 'section-and-title', 'new']),
    }),
  ),
  coders: z.array(z.object({ coderId: z.string(), name: z.string(), isNew: z.boolean() })),
  annotations: z.array(
    z.object({
      annotationId: z.string(),
      action: z.enum(['add', 'update', 'unchanged', 'orphan']),
      reason: shareReasonSchema,
      fileDocumentId: z.string(),
      respondent: z.string(),
      coderName: z.string(),
      exact: z.string(),
      tags: z.array(z.object({ code: z.string(), stance: z.string().nullable() })),
      score: z.number(),
      needsConfirmation: z.boolean(),
    }),
  ),
  summary: z.object({
    add: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    orphan: z.number().int(),
    needsConfirmation: z.number().int(),
    unmatchedDocuments: z.number().int(),
    newCodes: z.number().int(),
  }),
});

export const applyResultSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  orphaned: z.number().int(),
  codesCreated: z.number().int(),
  stancesCreated: z.number().int(),
  codersCreated: z.number().int(),
});

export const orphanSchema = z.object({
  id: z.string(),
  sourceFile: z.string(),
  coderId: z.string(),
  coderName: z.string(),
  respondent: z.string(),
  fileName: z.string(),
  exact: z.string(),
  prefix: z.string(),
  suffix: z.string(),
  tags: z.array(z.object({ code: z.string(), stance: z.string().nullable() })),
  comment: z.string(),
  reason: shareReasonSchema,
  importedAt: z.string(),
});

const statsSchema = z.object({
  units: z.number().int(),
  percentAgreement: ratio,
  kappa: ratio,
  alpha: ratio,
  spanJaccard: ratio,
  spanF1: ratio,
  pairs: z.array(
    z.object({
      coderA: z.string(),
      coderB: z.string(),
      units: z.number().int(),
      percentAgreement: ratio,
      kappa: ratio,
      spanJaccard: ratio,
      spanF1: ratio,
    }),
  ),
});

export const agreementReportSchema = z.object({
  coderIds: z.array(z.string()),
  overall: statsSchema,
  byProposal: z.array(z.object({ codeId: z.string(), stats: statsSchema })),
  disagreements: z.array(
    z.object({
      documentId: z.string(),
      codeId: z.string(),
      coders: z.array(z.object({ coderId: z.string(), stances: z.array(z.string()) })),
      /** The team's decision, when the disagreement has been settled. */
      settled: z.object({ stanceId: z.string().nullable(), by: z.string(), at: z.string() }).nullable(),
    }),
  ),
});

const filter = {
  coderIds: idList.optional(),
  documentIds: idList.optional(),
  codeIds: idList.optional(),
};

export const sharingChannels = {
  'sharing:exportAnnotations': defineChannel({
    input: z.object({ scope: z.enum(['mine', 'all']), ...filter }).strict(),
    output: z.object({ fileName: z.string(), content: z.string(), annotations: z.number().int() }),
  }),
  'sharing:previewAnnotations': defineChannel({
    input: z.object(fileText).strict(),
    output: annotationPreviewSchema,
  }),
  'sharing:applyAnnotations': defineChannel({
    input: z
      .object({
        ...fileText,
        /** File document ids of name-matched documents the user confirmed as the same answer. */
        confirmDocuments: idList.default([]),
        /** Create codebook entries the project lacks; otherwise their tags are left out. */
        createCodes: z.boolean().default(true),
      })
      .strict(),
    output: applyResultSchema,
  }),
  'sharing:listOrphans': defineChannel({
    input: z.object({}).strict(),
    output: z.array(orphanSchema),
  }),
  'sharing:dismissOrphan': defineChannel({
    input: z.object({ id: idSchema }).strict(),
    output: z.object({ id: idSchema }),
  }),
  'sharing:agreement': defineChannel({
    input: z.object(filter).strict(),
    output: agreementReportSchema,
  }),
  'sharing:reconcile': defineChannel({
    input: z
      .object({
        documentId: idSchema,
        codeId: idSchema,
        /** The stance the team settled on; null = the answer takes no stance on the proposal. */
        stanceId: idSchema.nullable(),
        /** Whose passage to use for a new reconciled annotation (default: one with the chosen stance). */
        sourceAnnotationId: idSchema.optional(),
      })
      .strict(),
    output: z.object({
      annotation: annotationSchema.nullable(),
      created: z.boolean(),
      adjusted: z.number().int(),
      removed: z.number().int(),
    }),
  }),
  'sharing:exportQdpx': defineChannel({
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  'sharing:exportQdc': defineChannel({
    input: z.object({}).strict(),
    output: z.object({ fileName: z.string(), content: z.string() }),
  }),
  'sharing:importQdpx': defineChannel({
    input: z
      .object({
        fileName: z.string().min(1).max(500),
        base64: z.string().max(700_000_000),
        mode: z.enum(['into-current', 'new-project']),
        newProjectPath: z.string().min(1).max(1000).optional(),
      })
      .strict()
      .refine((v) => v.mode !== 'new-project' || v.newProjectPath, {
        message: 'a new project needs a name',
        path: ['newProjectPath'],
      }),
    output: z.object({
      documents: z.number().int(),
      reusedDocuments: z.number().int(),
      codes: z.number().int(),
      coders: z.number().int(),
      annotations: z.number().int(),
      unchanged: z.number().int(),
      problems: z.array(z.string()),
    }),
  }),
};
