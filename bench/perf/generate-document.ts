// Builds one realistic remissvar (cleaned text + blocks with pages) of about a given length.
import { createHash } from 'node:crypto';
import type { Block, ImportedDocument, RespondentType } from '../../shared/domain/types';
import type { Random } from './random';
import { heading, listItem, paragraph } from './swedish-text';

const CHARS_PER_PAGE = 2500;
const TYPES: readonly RespondentType[] = ['kommun', 'region', 'myndighet', 'organisation', 'other'];

export function generateDocument(r: Random, respondent: string, targetLength: number): ImportedDocument {
  const parts: string[] = [];
  const blocks: Block[] = [];
  let offset = 0;
  let chapter = 0;
  let section = 0;
  const push = (text: string, type: Block['type'], level?: number) => {
    if (parts.length) offset += 1; // the "\n" between blocks
    blocks.push({
      type,
      ...(level ? { level } : {}),
      start: offset,
      end: offset + text.length,
      page: Math.floor(offset / CHARS_PER_PAGE) + 1,
    });
    parts.push(text);
    offset += text.length;
  };
  push(`Remissvar från ${respondent}`, 'heading', 1);
  while (offset < targetLength) {
    if (r.chance(0.12)) {
      chapter += 1;
      section = 0;
      push(heading(r, `${chapter}`), 'heading', 2);
    } else if (r.chance(0.15)) {
      section += 1;
      push(heading(r, `${Math.max(chapter, 1)}.${section}`), 'heading', 3);
    }
    const paragraphs = r.int(1, 5);
    for (let i = 0; i < paragraphs && offset < targetLength; i++) {
      if (r.chance(0.1)) {
        const items = r.int(2, 5);
        for (let j = 0; j < items; j++) push(listItem(r), 'list-item');
      } else {
        push(paragraph(r, Math.round(r.logNormal(450, 0.6))), 'paragraph');
      }
    }
  }
  const text = parts.join('\n');
  const slug = respondent.toLowerCase().replace(/[^a-z0-9åäö]+/g, '-');
  return {
    respondent,
    respondentType: r.pick(TYPES),
    date: `2025-${String(r.int(1, 12)).padStart(2, '0')}-${String(r.int(1, 28)).padStart(2, '0')}`,
    diaryNumber: `Dnr ${r.int(2024, 2025)}/${r.int(100, 9999)}`,
    fileName: `${slug}.pdf`,
    sourceFormat: 'pdf',
    text,
    rawText: text,
    blocks,
    contentHash: createHash('sha256').update(text).digest('hex'),
  };
}
