// Zod schema and types of the annotation-exchange file (docs/annotation-file-format.md), version 1.
import { z } from 'zod';
import {
  codebookEntrySchema,
  coderSchema,
  idSchema,
  stanceSchema,
  annotationTagSchema,
} from '../../api/schemas';

export const ANNOTATION_FILE_FORMAT = 'remisskod-annotations';
export const ANNOTATION_FILE_VERSION = 1;

const isoDateTime = z.iso.datetime({ offset: true });

export const fileAnnotationSchema = z
  .object({
    id: idSchema,
    /** W3C TextPositionSelector: offsets in UTF-16 code units into the document's text. */
    position: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
    /** W3C TextQuoteSelector: the passage and up to 32 characters of context on each side. */
    quote: z.object({ exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
    tags: z.array(annotationTagSchema).min(1),
    comment: z.string().max(100_000),
    coder: coderSchema,
    origin: z.enum(['manual', 'suggestion', 'import']),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .refine((a) => a.position.end > a.position.start, {
    message: 'the position ends before it starts',
    path: ['position'],
  });

export const fileDocumentSchema = z.object({
  id: idSchema,
  /** "sha256:" + hex SHA-256 of the text, NFC-normalised with whitespace collapsed and trimmed. */
  fingerprint: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a fingerprint is written sha256:<64 hex digits>'),
  respondent: z.string(),
  fileName: z.string(),
  /** Length of the text in UTF-16 code units. */
  length: z.number().int().nonnegative(),
  annotations: z.array(fileAnnotationSchema),
});

export const annotationFileSchema = z
  .object({
    format: z.literal(ANNOTATION_FILE_FORMAT),
    version: z.literal(ANNOTATION_FILE_VERSION),
    exportedAt: isoDateTime,
    exportedBy: coderSchema,
    project: z.object({ name: z.string(), reportTitle: z.string() }),
    codebook: z.array(codebookEntrySchema),
    stances: z.array(stanceSchema),
    documents: z.array(fileDocumentSchema),
  })
  .superRefine((file, ctx) => {
    const codes = new Set(file.codebook.map((c) => c.id));
    const stances = new Set(file.stances.map((s) => s.id));
    if (codes.size !== file.codebook.length)
      ctx.addIssue({ code: 'custom', message: 'two codebook entries have the same id', path: ['codebook'] });
    file.codebook.forEach((c, i) => {
      if (c.parentId !== null && !codes.has(c.parentId)) {
        ctx.addIssue({
          code: 'custom',
          message: `parent "${c.parentId}" is not in the codebook`,
          path: ['codebook', i, 'parentId'],
        });
      }
    });
    const annotationIds = new Set<string>();
    file.documents.forEach((d, di) =>
      d.annotations.forEach((a, ai) => {
        const path = ['documents', di, 'annotations', ai];
        if (annotationIds.has(a.id))
          ctx.addIssue({
            code: 'custom',
            message: `annotation id "${a.id}" occurs twice`,
            path: [...path, 'id'],
          });
        annotationIds.add(a.id);
        if (a.position.end > d.length)
          ctx.addIssue({
            code: 'custom',
            message: 'the position lies beyond the end of the document',
            path: [...path, 'position'],
          });
        a.tags.forEach((t, ti) => {
          if (!codes.has(t.codeId))
            ctx.addIssue({
              code: 'custom',
              message: `code "${t.codeId}" is not in the codebook`,
              path: [...path, 'tags', ti, 'codeId'],
            });
          if (t.stanceId !== null && !stances.has(t.stanceId)) {
            ctx.addIssue({
              code: 'custom',
              message: `stance "${t.stanceId}" is not among the stances`,
              path: [...path, 'tags', ti, 'stanceId'],
            });
          }
        });
      }),
    );
  });

export type AnnotationFile = z.infer<typeof annotationFileSchema>;
export type FileDocument = z.infer<typeof fileDocumentSchema>;
export type FileAnnotation = z.infer<typeof fileAnnotationSchema>;
