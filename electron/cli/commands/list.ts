// `list <project> [--format json]`: lists the project's documents with their annotation counts.
import { listDocuments } from '../../core/db/tables/documents';
import type { CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';

export async function listCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const session = openProjectForCli(args.positionals[0]);
  try {
    const docs = listDocuments(session.db);
    if (args.string('format') === 'json') {
      io.out(JSON.stringify(docs, null, 2) + '\n');
    } else {
      for (const d of docs)
        io.out(`${d.id}\t${d.respondent}\t${d.fileName}\t${d.annotationCount} annotations\n`);
    }
    return 0;
  } finally {
    session.close();
  }
}
