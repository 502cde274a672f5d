// Slate's CustomTypes for Remisskod, declared once: read-only blocks and decorated text leaves.
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { BlockType } from '../../../../shared/domain/types';

export interface BlockElement {
  type: BlockType;
  level?: number;
  blockIndex: number;
  /** Bumped to make Slate re-render this block when its decorations changed (never stored). */
  rev?: number;
  children: PlainText[];
}

export interface PlainText {
  text: string;
  /** Annotation ids covering this leaf (set by decorations, never stored). */
  hl?: string[];
  /** Keys of open suggestions covering this leaf (decorations; drawn as a dotted outline). */
  sg?: string[];
}

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor;
    Element: BlockElement;
    Text: PlainText;
  }
}
