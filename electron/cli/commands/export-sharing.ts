// The sharing formats of `export`: annotations (JSON file), qdpx (REFI-QDA project), qdc (codebook).
import fs from 'node:fs';
import { exportAnnotations } from '../../core/services/sharing/export-annotations';
import { exportQdc, exportQdpx } from '../../core/services/sharing/refi-export';
import { listCoders } from '../../core/db/tables/coders';
import { CliError, type CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';

export const SHARING_FORMATS = ['annotations', 'qdpx', 'qdc'] as const;

export function isSharingFormat(format: string): boolean {
  return (SHARING_FORMATS as readonly string[]).includes(format);
}

/** `export <project> --format annotations|qdpx|qdc [--coder NAME…] --out FILE`. */
export async function exportSharing(format: string, args: ParsedArgs, io: CliIo): Promise<number> {
  const out = args.string('out');
  if (!out)
    throw new CliError(
      `Name the file to write with --out, e.g. --out svar.${format === 'annotations' ? 'json' : format}`,
      2,
    );
  const session = openProjectForCli(args.positionals[0]);
  try {
    const now = new Date().toISOString();
    let bytes: string | Uint8Array;
    if (format === 'annotations') {
      const coders = listCoders(session.db);
      const names = args.strings('coder');
      const unknown = names.filter((n) => !coders.some((c) => c.name === n));
      if (unknown.length)
        throw new CliError(
          `No coder named ${unknown.map((n) => `"${n}"`).join(', ')} in this project. Coders: ${coders.map((c) => c.name).join(', ') || '(none)'}.`,
        );
      const chosen = coders.filter((c) => names.includes(c.name));
      const exporter = chosen[0] ?? { id: 'cli', name: 'remisskod' };
      const file = exportAnnotations(
        session,
        exporter,
        { scope: 'all', coderIds: names.length ? chosen.map((c) => c.id) : undefined },
        now,
      );
      bytes = file.content;
      io.err(`${file.annotations} annotations\n`);
    } else if (format === 'qdpx') bytes = exportQdpx(session, now).bytes;
    else bytes = exportQdc(session).content;
    fs.writeFileSync(out, bytes);
    io.err(`Wrote ${out}\n`);
    return 0;
  } finally {
    session.close();
  }
}
