// Domain types shared by the backend, the renderer, the CLI and the file formats.

/** Kind of a block of cleaned document text. */
export type BlockType = 'paragraph' | 'heading' | 'list-item';

/**
 * One block (paragraph, heading or list item) of a document's cleaned text.
 * `start`/`end` are offsets (UTF-16 code units) into `DocumentText.text`; blocks are
 * joined in `text` with a single "\n" and never contain "\n" themselves.
 */
export interface Block {
  type: BlockType;
  /** Heading level 1–6 (only for headings). */
  level?: number;
  start: number;
  end: number;
  /** 1-based page in the source (PDF), when known. */
  page?: number;
  /** 1-based first line in the raw extracted text, when known. */
  line?: number;
}

export type RespondentType = 'kommun' | 'region' | 'myndighet' | 'organisation' | 'other';
export const RESPONDENT_TYPES: readonly RespondentType[] = [
  'kommun',
  'region',
  'myndighet',
  'organisation',
  'other',
];

export type SourceFormat = 'txt' | 'pdf' | 'docx' | 'odt' | 'rtf' | 'qdpx';

/** Descriptive fields of an imported remissvar, editable by the user. */
export interface DocumentMeta {
  respondent: string;
  respondentType: RespondentType;
  /** ISO date (YYYY-MM-DD) of the answer, when known. */
  date: string | null;
  diaryNumber: string | null;
}

/** What an importer produces from one file, before it is stored. */
export interface ImportedDocument extends DocumentMeta {
  fileName: string;
  sourceFormat: SourceFormat;
  /** Cleaned text: the blocks joined by "\n". */
  text: string;
  /** The text as extracted from the file, before cleaning. */
  rawText: string;
  blocks: Block[];
  /** SHA-256 (hex) of the cleaned text; equal texts are duplicates. */
  contentHash: string;
}

export type DocumentStatus = 'open' | 'done';

/** A stored document as listed (without its text). */
export interface DocumentSummary extends DocumentMeta {
  id: string;
  fileName: string;
  sourceFormat: SourceFormat;
  contentHash: string;
  importedAt: string;
  status: DocumentStatus;
  annotationCount: number;
  length: number;
}

/** A stored document with its text, for reading and coding. */
export interface DocumentFull extends DocumentSummary {
  text: string;
  rawText: string;
  blocks: Block[];
  memo: string;
}

export type CodeKind = 'forslag' | 'bedomning' | 'chapter' | 'general' | 'other';
export const CODE_KINDS: readonly CodeKind[] = ['forslag', 'bedomning', 'chapter', 'general', 'other'];

/** An entry of the codebook: a proposal, an assessment, a chapter or another code. */
export interface CodebookEntry {
  id: string;
  parentId: string | null;
  /** Section number in the report ("4.1.1"), or "" when it has none. */
  section: string;
  title: string;
  kind: CodeKind;
  description: string;
  /** CSS colour, "#rrggbb". */
  colour: string;
  sortOrder: number;
}

/** One step of the project's stance scale. */
export interface Stance {
  /** Stable key, e.g. "supports". */
  id: string;
  labelSv: string;
  labelEn: string;
  colour: string;
  sortOrder: number;
}

export interface Coder {
  id: string;
  name: string;
}

/** One proposal a passage is tagged to, with the stance taken on it (null = none given). */
export interface AnnotationTag {
  codeId: string;
  stanceId: string | null;
}

export type AnnotationOrigin = 'manual' | 'suggestion' | 'import';

/**
 * A tagged passage: a text-position selector (start/end) and a text-quote selector
 * (exact with prefix/suffix context), as in the W3C Web Annotation model.
 */
export interface Annotation {
  id: string;
  documentId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  tags: AnnotationTag[];
  comment: string;
  coderId: string;
  origin: AnnotationOrigin;
  createdAt: string;
  updatedAt: string;
}

/** Project-wide descriptive settings. */
export interface ProjectInfo {
  /** Absolute path of the project file. */
  path: string;
  name: string;
  /** The report under consultation, e.g. "SOU 2024:72 Stärkt medicinsk kompetens …". */
  reportTitle: string;
  schemaVersion: number;
}
