// Reads an annotation-exchange file, refusing anything malformed with a message naming file and problem.
import type { z } from 'zod';
import { FileFormatError } from '../format-error';
import {
  ANNOTATION_FILE_FORMAT,
  ANNOTATION_FILE_VERSION,
  annotationFileSchema,
  type AnnotationFile,
} from './schema';

/** Larger files are refused before parsing (characters). */
export const MAX_ANNOTATION_FILE_CHARS = 200_000_000;

function describePath(path: readonly PropertyKey[]): string {
  return path.length === 0
    ? 'the file'
    : path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
        .join('')
        .replace(/^\./, '');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  return `${describePath(issue.path)}: ${issue.message}`;
}

/** Parses and validates the file; throws FileFormatError (and nothing else) when it is not valid. */
export function parseAnnotationFile(jsonText: string, fileName: string): AnnotationFile {
  if (typeof jsonText !== 'string') throw new FileFormatError(fileName, 'it is not a text file');
  if (jsonText.length > MAX_ANNOTATION_FILE_CHARS)
    throw new FileFormatError(fileName, 'it is larger than 200 MB');
  let data: unknown;
  try {
    data = JSON.parse(jsonText.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new FileFormatError(
      fileName,
      `it is not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new FileFormatError(fileName, 'it is not a Remisskod annotation file (no JSON object)');
  }
  const header = data as { format?: unknown; version?: unknown };
  if (header.format !== ANNOTATION_FILE_FORMAT) {
    throw new FileFormatError(
      fileName,
      `it is not a Remisskod annotation file ("format" is not "${ANNOTATION_FILE_FORMAT}")`,
    );
  }
  if (typeof header.version === 'number' && header.version > ANNOTATION_FILE_VERSION) {
    throw new FileFormatError(
      fileName,
      `it was written in format version ${header.version}; this version of Remisskod reads version ${ANNOTATION_FILE_VERSION}. Update Remisskod`,
    );
  }
  const result = annotationFileSchema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues;
    const more =
      issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
    throw new FileFormatError(fileName, `${describeIssue(issues[0]!)}${more}`);
  }
  return result.data;
}
