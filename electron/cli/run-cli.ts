// The CLI: parses the command line and runs one command; returns the exit code.
import { ApiError } from '../../shared/api/api-error';
import { CliError, type CliIo } from './cli-io';
import { agreementCommand } from './commands/agreement';
import { exportCommand } from './commands/export';
import { importCommand } from './commands/import';
import { importAnnotationsCommand } from './commands/import-annotations';
import { importQdpxCommand } from './commands/import-qdpx';
import { initCommand } from './commands/init';
import { listCommand } from './commands/list';
import { searchCommand } from './commands/search';
import { suggestCommand } from './commands/suggest';
import { parseArgs, type ParsedArgs } from './parse-args';

type Command = (args: ParsedArgs, io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { run: Command; usage: string }> = {
  init: { run: initCommand, usage: 'init <project> [--name NAME] [--report TITLE] [--demo]' },
  import: { run: importCommand, usage: 'import <project> <files or folders…> [--format json]' },
  list: { run: listCommand, usage: 'list <project> [--format json]' },
  export: {
    run: exportCommand,
    usage:
      'export <project> --format docx|xlsx|csv|md|html|json|annotations|qdpx|qdc [--proposal SECTION…] ' +
      '[--respondent NAME…] [--stance STANCE…] [--coder NAME…] [--semicolon] [--lang sv|en] [--out FILE]',
  },
  'import-annotations': {
    run: importAnnotationsCommand,
    usage: 'import-annotations <project> FILE [--yes-confirm-names] [--format json]',
  },
  'import-qdpx': { run: importQdpxCommand, usage: 'import-qdpx <project|new project> FILE [--format json]' },
  agreement: { run: agreementCommand, usage: 'agreement <project> [--coder NAME…] [--format json]' },
  search: { run: searchCommand, usage: 'search <project> QUERY [--limit N] [--format json]' },
  suggest: { run: suggestCommand, usage: 'suggest <project> [--document ID] [--format json]' },
};

const BOOLEAN_FLAGS = ['demo', 'help', 'semicolon', 'yes', 'yes-confirm-names'];

export function usage(): string {
  return [
    'Usage: remisskod <command> …',
    '',
    ...Object.values(COMMANDS).map((c) => `  remisskod ${c.usage}`),
    '',
  ].join('\n');
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest, BOOLEAN_FLAGS), io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`remisskod ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof ApiError) {
      io.err(`remisskod ${name}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
