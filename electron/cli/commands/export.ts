// `export <project> --format F [filters] [--out FILE]`: writes the compilation, excerpts, project or an exchange format.
import { CliError, type CliIo } from '../cli-io';
import type { ParsedArgs } from '../parse-args';
import { COMPILATION_FORMATS, exportCompilation, isCompilationFormat } from './export-compilation';
import { exportSharing, isSharingFormat, SHARING_FORMATS } from './export-sharing';

const FORMATS = [...COMPILATION_FORMATS, ...SHARING_FORMATS] as const;

export async function exportCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = args.string('format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`Unknown export format "${format}". Choose one of: ${FORMATS.join(', ')}.`, 2);
  }
  if (isSharingFormat(format)) return exportSharing(format, args, io);
  if (isCompilationFormat(format)) return exportCompilation(format, args, io);
  return 2;
}
