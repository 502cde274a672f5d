// The compilation formats of `export`: csv, xlsx, docx, md, html and json, with filters and language.
import fs from 'node:fs';
import type { ExportFormat } from '../../../shared/api/channels/compilation';
import { produceExport } from '../../core/services/compilation/produce-export';
import { readProjectSnapshot } from '../../core/services/snapshot-service';
import { CliError, type CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';
import { filterFromArgs } from './export-filter';

export const COMPILATION_FORMATS = ['json', 'csv', 'xlsx', 'docx', 'md', 'html'] as const;
const BINARY: readonly string[] = ['xlsx', 'docx'];

export function isCompilationFormat(format: string): format is ExportFormat {
  return (COMPILATION_FORMATS as readonly string[]).includes(format);
}

/** `export <project> --format F [--proposal …] [--respondent …] [--stance …] [--coder …] [--semicolon] [--lang sv|en] [--out FILE]`. */
export async function exportCompilation(format: ExportFormat, args: ParsedArgs, io: CliIo): Promise<number> {
  const lang = args.string('lang') ?? 'sv';
  if (lang !== 'sv' && lang !== 'en') throw new CliError(`--lang must be sv or en, not "${lang}".`, 2);
  if (args.flag('semicolon') && format !== 'csv')
    throw new CliError('--semicolon applies to --format csv only.', 2);
  const out = args.string('out');
  if (!out && BINARY.includes(format))
    throw new CliError(
      `A ${format.toUpperCase()} file is binary: name the file with --out, e.g. --out export.${format}`,
      2,
    );
  const session = openProjectForCli(args.positionals[0]);
  try {
    const snapshot = readProjectSnapshot(session);
    const filter = filterFromArgs(args, snapshot);
    const file = await produceExport(snapshot, {
      format,
      filter,
      locale: lang,
      delimiter: args.flag('semicolon') ? ';' : ',',
    });
    if (out) {
      fs.writeFileSync(out, file.bytes);
      io.err(`Wrote ${out}\n`);
    } else io.out(Buffer.from(file.bytes).toString('utf8'));
    return 0;
  } finally {
    session.close();
  }
}
