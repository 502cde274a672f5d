// `agreement <project> [--coder NAME…] [--format json]`: agreement between coders, per proposal and overall.
import { listCodes } from '../../core/db/tables/codes';
import { listCoders } from '../../core/db/tables/coders';
import { projectAgreement } from '../../core/services/sharing/agreement-service';
import { CliError, type CliIo } from '../cli-io';
import { openProjectForCli } from '../open-project';
import type { ParsedArgs } from '../parse-args';

const fmt = (x: number | null) => (x === null ? '–' : x.toFixed(3));

export async function agreementCommand(args: ParsedArgs, io: CliIo): Promise<number> {
  const format = args.string('format') ?? 'text';
  if (format !== 'json' && format !== 'text')
    throw new CliError(`Unknown format "${format}". Choose json or text.`, 2);
  const session = openProjectForCli(args.positionals[0]);
  try {
    const coders = listCoders(session.db);
    const names = args.strings('coder');
    const unknown = names.filter((n) => !coders.some((c) => c.name === n));
    if (unknown.length)
      throw new CliError(`No coder named ${unknown.map((n) => `"${n}"`).join(', ')} in this project.`);
    const coderIds = names.length ? coders.filter((c) => names.includes(c.name)).map((c) => c.id) : undefined;
    const report = projectAgreement(session, { coderIds });
    const codes = listCodes(session.db);
    if (format === 'json') {
      const used = new Set(report.coderIds);
      const json = { coders: coders.filter((c) => used.has(c.id)), codes, ...report };
      io.out(JSON.stringify(json, null, 2) + '\n');
      return 0;
    }
    const title = new Map(codes.map((c) => [c.id, c.section ? `${c.section} ${c.title}` : c.title]));
    const row = (label: string, s: typeof report.overall) =>
      `${label}\tunits ${s.units}\tagreement ${fmt(s.percentAgreement)}\tkappa ${fmt(s.kappa)}\talpha ${fmt(s.alpha)}\tspan F1 ${fmt(s.spanF1)}\n`;
    io.out(row('overall', report.overall));
    for (const p of report.byProposal) io.out(row(title.get(p.codeId) ?? p.codeId, p.stats));
    io.out(`${report.disagreements.length} disagreement(s)\n`);
    return 0;
  } finally {
    session.close();
  }
}
