// `export <project> --format json [--out FILE]`: writes the project in an exchange format.
import fs from 'node:fs';
import { readProjectSnapshot } from '../../core/services/snapshot-service';
import { CliError, type CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';
import { exportSharing, isSharingFormat, SHARING_FORMATS } from './export-sharing';

const FORMATS = ['json', ...SHARING_FORMATS] as const;

export async function exportCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = args.string('format') ?? 'json';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new CliError(`Unknown export format "${format}". Choose one of: ${FORMATS.join(', ')}.`, 2);
  }
  if (isSharingFormat(format)) return exportSharing(format, args, io);
  const session = openProjectForCli(args.positionals[0]);
  try {
    const snapshot = readProjectSnapshot(session);
    const text =
      JSON.stringify(
        { format: 'remisskod-project', version: 1, exportedAt: new Date().toISOString(), ...snapshot },
        null,
        2,
      ) + '\n';
    const out = args.string('out');
    if (out) {
      fs.writeFileSync(out, text);
      io.err(`Wrote ${out}\n`);
    } else io.out(text);
    return 0;
  } finally {
    session.close();
  }
}
