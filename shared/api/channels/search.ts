// Channels for full-text search over documents and search within annotations.
import { z } from 'zod';
import { defineChannel } from '../define-channel';
import { idSchema } from '../schemas';

const offset = z.number().int().nonnegative();

/** One occurrence of the query in a document, with a snippet whose match is [matchStart, matchEnd). */
export const searchHitSchema = z.object({
  blockIndex: offset,
  /** Offsets of the match in the document's cleaned text. */
  start: offset,
  end: offset,
  snippet: z.string(),
  matchStart: offset,
  matchEnd: offset,
});

export const searchDocumentResultSchema = z.object({
  documentId: idSchema,
  respondent: z.string(),
  fileName: z.string(),
  hitCount: offset,
  hits: z.array(searchHitSchema),
});

export const annotationSearchFieldSchema = z.enum(['comment', 'proposal', 'stance', 'coder', 'quote']);

export const annotationSearchResultSchema = z.object({
  annotationId: idSchema,
  documentId: idSchema,
  respondent: z.string(),
  start: offset,
  end: offset,
  exact: z.string(),
  comment: z.string(),
  coderName: z.string(),
  /** "4.1.1 Title — Tillstyrker" per tag. */
  tagLabels: z.array(z.string()),
  matchedIn: z.array(annotationSearchFieldSchema),
});

export const searchChannels = {
  'search:documents': defineChannel({
    input: z
      .object({ query: z.string().min(1).max(1000), limit: z.number().int().min(1).max(10_000).optional() })
      .strict(),
    output: z.object({
      query: z.string(),
      totalHits: offset,
      /** True when more hits exist than `limit`. */
      truncated: z.boolean(),
      documents: z.array(searchDocumentResultSchema),
    }),
  }),
  'search:annotations': defineChannel({
    input: z.object({ query: z.string().min(1).max(1000) }).strict(),
    output: z.array(annotationSearchResultSchema),
  }),
};

export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchDocumentResult = z.infer<typeof searchDocumentResultSchema>;
export type AnnotationSearchResult = z.infer<typeof annotationSearchResultSchema>;
