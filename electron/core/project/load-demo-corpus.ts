// Loads the demo corpus (five remissvar on SOU 2024:72 and its codebook) into a project.
import fs from 'node:fs';
import path from 'node:path';
import type { ImportedDocument } from '../../../shared/domain/types';
import { parseCodebookJson } from '../../../shared/formats/codebook/codebook-json';
import { importFileBytes } from '../../importers/import-file';
import { setMeta } from '../db/tables/meta';
import { insertCodebook } from '../services/codebook-service';
import { insertDocument } from '../db/tables/documents';
import type { ProjectSession } from './project-session';
import { findSeedsDir } from './seeds-dir';

const CODEBOOK_FILE = 'sou-2024-72-codebook.json';

export async function loadDemoCorpus(session: ProjectSession): Promise<void> {
  const dir = findSeedsDir();
  const codebookName = path.join(dir, CODEBOOK_FILE);
  const codebook = parseCodebookJson(fs.readFileSync(codebookName, 'utf8'), codebookName);
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const documents: ImportedDocument[] = [];
  for (const file of files) {
    documents.push(await importFileBytes(file, new Uint8Array(fs.readFileSync(path.join(dir, file)))));
  }
  session.transaction(() => {
    if (codebook.reportTitle) setMeta(session.db, 'reportTitle', codebook.reportTitle);
    insertCodebook(session.db, codebook.codes);
    for (const doc of documents) insertDocument(session.db, doc);
  });
}
