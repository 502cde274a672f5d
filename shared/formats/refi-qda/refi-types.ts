// What a REFI-QDA project or codebook says, read from XML before mapping to Remisskod's domain.

export interface RefiUser {
  guid: string;
  name: string;
  id: string | null;
}

export interface RefiCode {
  guid: string;
  name: string;
  isCodable: boolean;
  /** "#rrggbb" (three-digit colours expanded), when given. */
  color: string | null;
  description: string;
  parentGuid: string | null;
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  creatingUser: string | null;
  creationDateTime: string | null;
}

export interface RefiSelection {
  guid: string;
  name: string | null;
  /** Positions in characters (Unicode code points) of the source's plain text. */
  start: number;
  end: number;
  description: string;
  creatingUser: string | null;
  creationDateTime: string | null;
  modifiedDateTime: string | null;
  codings: RefiCoding[];
  noteGuids: string[];
}

export interface RefiSource {
  guid: string;
  name: string;
  kind: 'text' | 'pdf' | 'other';
  description: string;
  plainTextContent: string | null;
  plainTextPath: string | null;
  richTextPath: string | null;
  /** Original file of a PDF or other non-text source. */
  path: string | null;
  selections: RefiSelection[];
  /** Variable name → text value. */
  variables: Record<string, string>;
  creationDateTime: string | null;
}

export interface RefiNote {
  guid: string;
  name: string;
  text: string;
  plainTextPath: string | null;
  creatingUser: string | null;
  creationDateTime: string | null;
}

export interface RefiProject {
  name: string;
  origin: string | null;
  users: RefiUser[];
  codes: RefiCode[];
  sources: RefiSource[];
  notes: RefiNote[];
}
