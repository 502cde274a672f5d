// `import-annotations <project> FILE [--yes-confirm-names]`: merges a colleague's annotation file.
import fs from 'node:fs';
import path from 'node:path';
import { applyAnnotations } from '../../core/services/sharing/apply-annotations';
import { previewAnnotations } from '../../core/services/sharing/preview-annotations';
import { readProjectSnapshot } from '../../core/services/snapshot-service';
import { CliError, type CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';

export function readInputFile(file: string | undefined, example: string): { name: string; bytes: Buffer } {
  if (!file) throw new CliError(`Name the file to import, e.g. ${example}`, 2);
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`No such file: ${file}`);
  return { name: path.basename(file), bytes: fs.readFileSync(file) };
}

export async function importAnnotationsCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [projectPath, filePath] = args.positionals;
  const { name, bytes } = readInputFile(filePath, 'remisskod import-annotations p.remisskod anna.json');
  const content = bytes.toString('utf8');
  const session = openProjectForCli(projectPath);
  try {
    const preview = previewAnnotations(readProjectSnapshot(session), name, content);
    const byName = preview.documents.filter((d) => d.needsConfirmation);
    if (byName.length && !args.flag('yes-confirm-names')) {
      throw new CliError(
        [
          `${byName.length} document(s) match only by name, and their texts differ:`,
          ...byName.map(
            (d) => `  ${d.respondent} (${d.fileName}) → ${d.localRespondent} (${d.localFileName})`,
          ),
          'Nothing was imported. If they are the same answers, run again with --yes-confirm-names.',
        ].join('\n'),
      );
    }
    const result = applyAnnotations(
      session,
      {
        fileName: name,
        content,
        confirmDocuments: byName.map((d) => d.fileDocumentId),
        createCodes: true,
      },
      new Date().toISOString(),
    );
    if (args.string('format') === 'json') io.out(JSON.stringify(result, null, 2) + '\n');
    else
      io.out(
        `added ${result.added}, updated ${result.updated}, unchanged ${result.unchanged}, ` +
          `orphaned ${result.orphaned}; new codes ${result.codesCreated}, new coders ${result.codersCreated}\n`,
      );
    return 0;
  } finally {
    session.close();
  }
}
