// `search <project> QUERY [--limit N] [--format json]`: full-text search over the project's documents.
import { searchDocuments } from '../../core/services/search-service';
import { CliError, type CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';

function parseLimit(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new CliError(`--limit must be a whole number above 0, not "${raw}".`, 2);
  return n;
}

export async function searchCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [projectPath, ...queryParts] = args.positionals;
  const query = queryParts.join(' ').trim();
  if (projectPath && !query)
    throw new CliError('Give a query, e.g. remisskod search projekt.remisskod "Magnetmodellen"', 2);
  const format = args.string('format');
  if (format !== undefined && format !== 'json' && format !== 'text')
    throw new CliError(`Unknown --format "${format}" (use json or text).`, 2);
  const limit = parseLimit(args.string('limit'));
  const session = openProjectForCli(projectPath);
  try {
    const result = searchDocuments(session.db, query, limit);
    if (format === 'json') {
      io.out(JSON.stringify(result, null, 2) + '\n');
      return 0;
    }
    io.out(`${result.totalHits} hits in ${result.documents.length} documents\n`);
    for (const doc of result.documents) {
      io.out(`${doc.respondent} (${doc.hitCount})\n`);
      for (const hit of doc.hits) io.out(`  ${hit.start}-${hit.end}\t${hit.snippet}\n`);
    }
    return 0;
  } finally {
    session.close();
  }
}
