// The codebook JSON format ("remisskod-codebook" v1): schema, parser and writer.
import { z } from 'zod';
import type { CodebookEntry, Stance } from '../../domain/types';
import { codeKindSchema, colourSchema, stanceSchema } from '../../api/schemas';

export const CODEBOOK_FORMAT = 'remisskod-codebook';

const codeInFileSchema = z.object({
  id: z.string().min(1).max(200),
  parentId: z.string().min(1).max(200).nullable().optional(),
  section: z.string().max(50).optional(),
  title: z.string().trim().min(1).max(1000),
  kind: codeKindSchema.optional(),
  description: z.string().max(20_000).optional(),
  colour: colourSchema.optional(),
});

export const codebookFileSchema = z.object({
  format: z.literal(CODEBOOK_FORMAT),
  version: z.literal(1),
  reportTitle: z.string().max(1000).optional(),
  stances: z.array(stanceSchema).optional(),
  codes: z.array(codeInFileSchema).max(10_000),
});

export interface ParsedCodebook {
  reportTitle: string | null;
  codes: CodebookEntry[];
  stances: Stance[] | null;
}

const FALLBACK_COLOURS = [
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
];

export class CodebookFormatError extends Error {
  constructor(
    readonly fileName: string,
    readonly problems: string[],
  ) {
    super(`${fileName}: ${problems.join('; ')}`);
    this.name = 'CodebookFormatError';
  }
}

/** Parses a codebook JSON text; throws CodebookFormatError naming the file and each problem. */
export function parseCodebookJson(text: string, fileName: string): ParsedCodebook {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new CodebookFormatError(fileName, [`not valid JSON (${(error as Error).message})`]);
  }
  const result = codebookFileSchema.safeParse(raw);
  if (!result.success) {
    throw new CodebookFormatError(
      fileName,
      result.error.issues.slice(0, 10).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`),
    );
  }
  const ids = new Set<string>();
  const problems: string[] = [];
  result.data.codes.forEach((c, i) => {
    if (ids.has(c.id)) problems.push(`codes.${i}: the id "${c.id}" is used twice`);
    ids.add(c.id);
  });
  result.data.codes.forEach((c, i) => {
    if (c.parentId && !ids.has(c.parentId))
      problems.push(`codes.${i}: parent "${c.parentId}" does not exist`);
  });
  const parentOf = new Map(result.data.codes.map((c) => [c.id, c.parentId ?? null]));
  result.data.codes.forEach((c, i) => {
    const seen = new Set<string>([c.id]);
    for (let p = parentOf.get(c.id) ?? null; p; p = parentOf.get(p) ?? null) {
      if (seen.has(p)) {
        problems.push(`codes.${i}: "${c.id}" is inside itself (its parents form a cycle)`);
        break;
      }
      seen.add(p);
    }
  });
  if (problems.length) throw new CodebookFormatError(fileName, problems);
  return {
    reportTitle: result.data.reportTitle ?? null,
    stances: result.data.stances ?? null,
    codes: result.data.codes.map((c, i) => ({
      id: c.id,
      parentId: c.parentId ?? null,
      section: c.section ?? '',
      title: c.title,
      kind: c.kind ?? 'forslag',
      description: c.description ?? '',
      colour: c.colour ?? FALLBACK_COLOURS[i % FALLBACK_COLOURS.length]!,
      sortOrder: i + 1,
    })),
  };
}

export function writeCodebookJson(codes: CodebookEntry[], stances: Stance[], reportTitle: string): string {
  const file = {
    format: CODEBOOK_FORMAT,
    version: 1,
    reportTitle,
    stances,
    codes: codes.map(({ id, parentId, section, title, kind, description, colour }) => ({
      id,
      parentId,
      section,
      title,
      kind,
      description,
      colour,
    })),
  };
  return JSON.stringify(file, null, 2) + '\n';
}
