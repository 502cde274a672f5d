// Imports a codebook file (JSON, CSV or REFI-QDA .qdc) into a project: all rows or none.
import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api/api-error';
import type { CodebookEntry } from '../../../shared/domain/types';
import { parseCodebookCsv } from '../../../shared/formats/codebook/codebook-csv';
import {
  CodebookFormatError,
  parseCodebookJson,
  type ParsedCodebook,
} from '../../../shared/formats/codebook/codebook-json';
import { FileFormatError } from '../../../shared/formats/format-error';
import { parseQdc, refiToProject } from '../../../shared/formats/refi-qda';
import { listCodes } from '../db/tables/codes';
import { getMeta, setMeta } from '../db/tables/meta';
import { listStances } from '../db/tables/stances';
import { insertCodebook } from './codebook-service';

export type CodebookImportMode = 'append' | 'replace';

function parseQdcCodebook(db: Database, content: string, fileName: string): ParsedCodebook {
  const codes = parseQdc(content, fileName);
  const mapped = refiToProject(
    { name: fileName, origin: null, users: [], codes, sources: [], notes: [] },
    () => null,
    listStances(db),
    new Date().toISOString(),
  );
  return { reportTitle: null, stances: null, codes: mapped.codes };
}

export function parseCodebookFile(db: Database, fileName: string, content: string): ParsedCodebook {
  const lower = fileName.toLowerCase();
  try {
    if (lower.endsWith('.json')) return parseCodebookJson(content, fileName);
    if (lower.endsWith('.csv') || lower.endsWith('.txt') || lower.endsWith('.tsv')) {
      return parseCodebookCsv(content, fileName, randomUUID);
    }
    if (lower.endsWith('.qdc') || lower.endsWith('.xml')) return parseQdcCodebook(db, content, fileName);
  } catch (error) {
    if (error instanceof CodebookFormatError) {
      throw new ApiError('codebook_invalid', error.message, {
        file: fileName,
        problems: error.problems.join('; '),
      });
    }
    if (error instanceof FileFormatError) throw error;
    throw new ApiError('codebook_invalid', `${fileName}: ${(error as Error).message}`, {
      file: fileName,
      problems: (error as Error).message,
    });
  }
  throw new ApiError('codebook_format', `${fileName}: unknown codebook format (use .json, .csv or .qdc).`, {
    file: fileName,
  });
}

/** Gives imported codes fresh ids where they collide with codes already in the project. */
function withFreshIds(existing: Set<string>, codes: CodebookEntry[]): CodebookEntry[] {
  const renamed = new Map<string, string>();
  for (const c of codes) if (existing.has(c.id)) renamed.set(c.id, randomUUID());
  return codes.map((c) => ({
    ...c,
    id: renamed.get(c.id) ?? c.id,
    parentId: c.parentId ? (renamed.get(c.parentId) ?? c.parentId) : null,
  }));
}

export function importCodebook(
  db: Database,
  fileName: string,
  content: string,
  mode: CodebookImportMode,
): number {
  const parsed = parseCodebookFile(db, fileName, content);
  if (!parsed.codes.length)
    throw new ApiError('codebook_empty', `${fileName} has no codes.`, { file: fileName });
  return db.transaction(() => {
    const current = listCodes(db);
    if (mode === 'replace' && current.length) {
      const used = (db.prepare('SELECT count(*) AS n FROM annotation_tags').get() as { n: number }).n;
      if (used) {
        throw new ApiError('codebook_in_use', 'The codebook cannot be replaced while annotations use it.', {
          count: used,
        });
      }
      db.prepare('UPDATE codes SET parent_id = NULL').run();
      db.prepare('DELETE FROM codes').run();
    }
    const offset =
      mode === 'append' ? Math.max(0, ...current.filter((c) => !c.parentId).map((c) => c.sortOrder)) : 0;
    const codes = withFreshIds(new Set(mode === 'append' ? current.map((c) => c.id) : []), parsed.codes).map(
      (c) => ({
        ...c,
        sortOrder: c.parentId ? c.sortOrder : c.sortOrder + offset,
      }),
    );
    insertCodebook(db, codes);
    if (parsed.reportTitle && !getMeta(db, 'reportTitle')) setMeta(db, 'reportTitle', parsed.reportTitle);
    return codes.length;
  })();
}
