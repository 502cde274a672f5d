// `import-qdpx <project|new project> FILE`: imports a REFI-QDA project into a project, or as a new one.
import fs from 'node:fs';
import { importQdpxInto, type QdpxImportResult } from '../../core/services/sharing/refi-import';
import { importQdpxAsNewProject } from '../../core/services/sharing/refi-new-project';
import { PROJECT_EXTENSION } from '../../core/project/create-project';
import { CliError, type CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';
import { readInputFile } from './import-annotations';

export async function importQdpxCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [projectPath, filePath] = args.positionals;
  if (!projectPath) throw new CliError('Usage: remisskod import-qdpx <project|new project> FILE.qdpx', 2);
  const { name, bytes } = readInputFile(filePath, 'remisskod import-qdpx p.remisskod studie.qdpx');
  const data = new Uint8Array(bytes);
  const now = new Date().toISOString();
  const existing = [projectPath, projectPath + PROJECT_EXTENSION].find((p) => fs.existsSync(p));
  let result: QdpxImportResult;
  if (existing) {
    const session = openProjectForCli(existing);
    try {
      result = await importQdpxInto(session, data, name, now);
    } finally {
      session.close();
    }
  } else {
    const created = await importQdpxAsNewProject(projectPath, data, name, now);
    io.err(`Created ${created.path}\n`);
    result = created.result;
  }
  if (args.string('format') === 'json') io.out(JSON.stringify(result, null, 2) + '\n');
  else {
    io.out(
      `documents ${result.documents} (already present ${result.reusedDocuments}), codes ${result.codes}, ` +
        `coders ${result.coders}, codings ${result.annotations} (already present ${result.unchanged})\n`,
    );
    for (const p of result.problems) io.err(`note: ${p}\n`);
  }
  return 0;
}
