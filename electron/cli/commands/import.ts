// `import <project> <files…>`: imports files through the app's import pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { createImportPools } from '../../core/services/import-pools';
import { importMany, type ImportOutcome } from '../../core/services/import-service';
import { REFUSAL_MESSAGES } from '../../../shared/text/refusal-messages';
import { CliError, type CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';

function expand(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    if (!fs.existsSync(p)) throw new CliError(`No such file or folder: ${p}`);
    if (fs.statSync(p).isDirectory()) {
      for (const entry of fs.readdirSync(p).sort()) {
        const full = path.join(p, entry);
        if (fs.statSync(full).isFile() && !entry.startsWith('.')) files.push(full);
      }
    } else files.push(p);
  }
  return files;
}

export async function importCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const [projectPath, ...inputs] = args.positionals;
  if (!inputs.length) throw new CliError('Usage: remisskod import <project> <files or folders…>', 2);
  const files = expand(inputs);
  const session = openProjectForCli(projectPath);
  const importer = createImportPools({ log: (m) => io.err(`${m}\n`) });
  try {
    const outcomes = await importMany(
      session,
      files.map((f) => ({ name: path.basename(f), bytes: () => new Uint8Array(fs.readFileSync(f)) })),
      { importer: importer.import, parallel: importer.parallel },
    );
    if (args.string('format') === 'json') io.out(JSON.stringify(outcomes, null, 2) + '\n');
    else printSummary(outcomes, io);
    return outcomes.some((o) => o.status === 'refused') ? 1 : 0;
  } finally {
    await importer.close();
    session.close();
  }
}

/** One line per file, then the totals; refusals go to stderr with the reason in plain words. */
function printSummary(outcomes: ImportOutcome[], io: CliIo): void {
  for (const o of outcomes) {
    if (o.status === 'imported') io.out(`imported  ${o.fileName}  (${o.respondent})\n`);
    else if (o.status === 'duplicate')
      io.out(`duplicate ${o.fileName}  (already imported as ${o.respondent})\n`);
    else io.err(`refused   ${o.fileName}: ${REFUSAL_MESSAGES[o.code].en} [${o.code}]\n`);
  }
  const count = (status: ImportOutcome['status']) => outcomes.filter((o) => o.status === status).length;
  io.out(`${count('imported')} imported, ${count('duplicate')} duplicates, ${count('refused')} refused\n`);
}
