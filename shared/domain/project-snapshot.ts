// A whole project in memory: what exports, sharing and the JSON export work from.
import type { Annotation, Coder, CodebookEntry, DocumentFull, ProjectInfo, Stance } from './types';

export interface ProjectSnapshot {
  info: ProjectInfo;
  documents: DocumentFull[];
  codes: CodebookEntry[];
  stances: Stance[];
  coders: Coder[];
  annotations: Annotation[];
}

/** Who tagged what in which document: all the matrix and the charts need of an annotation. */
export type AnnotationCoding = Pick<Annotation, 'documentId' | 'coderId' | 'tags'>;

/** A snapshot whose annotations may be reduced to their codings (read without quotes, much faster). */
export type CodingSnapshot = Omit<ProjectSnapshot, 'annotations'> & {
  annotations: readonly AnnotationCoding[];
};
