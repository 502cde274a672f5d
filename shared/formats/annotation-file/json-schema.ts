// JSON Schema of the annotation file, generated from the zod schema (docs/annotation-file.schema.json).
import { z } from 'zod';
import { annotationFileSchema } from './schema';

/** The JSON Schema (draft 2020-12) of the file; cross-reference checks live only in the zod schema. */
export function annotationFileJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(annotationFileSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://remisskod.invalid/annotation-file.schema.json',
    title: 'Remisskod annotation file, version 1',
    description: 'Annotations exchanged between Remisskod projects. See docs/annotation-file-format.md.',
  };
}
