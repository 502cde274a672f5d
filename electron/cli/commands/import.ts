// `import <project> <files…>`: imports files through the app's import pipeline.
import fs from 'node:fs';
import path from 'node:path';
import { importMany } from '../../core/services/import-service';
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
  try {
    const outcomes = await importMany(
      session,
      files.map((f) => ({ name: path.basename(f), bytes: () => new Uint8Array(fs.readFileSync(f)) })),
    );
    if (args.string('format') === 'json') io.out(JSON.stringify(outcomes, null, 2) + '\n');
    else {
      for (const o of outcomes) {
        if (o.status === 'imported') io.out(`imported  ${o.fileName}  (${o.respondent})\n`);
        else if (o.status === 'duplicate')
          io.out(`duplicate ${o.fileName}  (already imported as ${o.respondent})\n`);
        else io.err(`refused   ${o.fileName}: ${o.message}\n`);
      }
    }
    return outcomes.some((o) => o.status === 'refused') ? 1 : 0;
  } finally {
    session.close();
  }
}
