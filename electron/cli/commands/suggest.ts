// `suggest <project> [--document ID] [--format json]`: suggested passages with proposal, stance and score.
import { listCodes } from '../../core/db/tables/codes';
import { getDocumentSummary, listDocuments } from '../../core/db/tables/documents';
import { suggestionsForDocument } from '../../core/services/suggestion-service';
import { CliError, type CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';

export async function suggestCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = args.string('format');
  if (format !== undefined && format !== 'json' && format !== 'text')
    throw new CliError(`Unknown --format "${format}" (use json or text).`, 2);
  const session = openProjectForCli(args.positionals[0]);
  try {
    const { db } = session;
    const only = args.string('document');
    if (only !== undefined && !getDocumentSummary(db, only))
      throw new CliError(`No document with id "${only}" in this project (see remisskod list).`, 2);
    const docs = listDocuments(db).filter((d) => only === undefined || d.id === only);
    const codes = new Map(listCodes(db).map((c) => [c.id, c]));
    const rows = docs.flatMap((doc) =>
      suggestionsForDocument(db, doc.id).map((s) => ({
        document: { id: doc.id, respondent: doc.respondent, fileName: doc.fileName },
        start: s.start,
        end: s.end,
        quote: s.quote,
        proposal: { id: s.codeId, section: s.section, title: codes.get(s.codeId)?.title ?? '' },
        stance: s.stanceId,
        score: Math.round(s.score * 1000) / 1000,
        reasons: s.reasons,
        key: s.key,
      })),
    );
    if (format === 'json') io.out(JSON.stringify(rows, null, 2) + '\n');
    else
      for (const r of rows)
        io.out(
          `${r.document.respondent}\t${r.start}-${r.end}\t${r.proposal.section || r.proposal.id}\t${r.stance ?? '-'}\t${r.score}\t${r.quote.slice(0, 80)}\n`,
        );
    return 0;
  } finally {
    session.close();
  }
}
