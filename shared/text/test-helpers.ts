// Test helper: cleans a snippet of text (lines as in the seeds) and lists its blocks.
import { cleanLines } from './clean-text';
import { textToRawLines } from './prepare-lines';

export interface BlockView {
  type: string;
  level?: number;
  text: string;
}

export function cleanSnippet(text: string): BlockView[] {
  const { text: cleaned, blocks } = cleanLines(textToRawLines(text));
  return blocks.map((b) => ({
    type: b.type,
    ...(b.level ? { level: b.level } : {}),
    text: cleaned.slice(b.start, b.end),
  }));
}

export function texts(text: string): string[] {
  return cleanSnippet(text).map((b) => b.text);
}
