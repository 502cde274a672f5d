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
