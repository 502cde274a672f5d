// `init <project> [--name N] [--demo]`: creates a new project file.
import { createProject } from '../../core/project/create-project';
import { CliError, type CliIo } from '../cli-io';
import type { ParsedArgs } from '../parse-args';

export async function initCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const target = args.positionals[0];
  if (!target)
    throw new CliError('Usage: remisskod init <project> [--name NAME] [--report TITLE] [--demo]', 2);
  const session = await createProject(target, {
    name: args.string('name'),
    reportTitle: args.string('report'),
    withDemo: args.flag('demo'),
  });
  io.out(`Created ${session.path}\n`);
  session.close();
  return 0;
}
