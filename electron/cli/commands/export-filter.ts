// Turns the export command's --proposal/--respondent/--stance/--coder options into a filter of ids.
import type { CompilationFilter } from '../../../shared/compilation/compilation-filter';
import type { ProjectSnapshot } from '../../../shared/domain/project-snapshot';
import { CliError } from '../cli-io';
import type { ParsedArgs } from '../parse-args';

interface Named {
  id: string;
  names: string[];
  shown: string;
}

const fold = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('sv');

function resolve(option: string, wanted: string[], items: Named[]): string[] | undefined {
  if (wanted.length === 0) return undefined;
  return wanted.map((value) => {
    const hit = items.find((item) => item.id === value || item.names.some((n) => fold(n) === fold(value)));
    if (!hit)
      throw new CliError(
        `--${option} "${value}" matches nothing in this project. Choose one of: ${items.map((i) => i.shown).join('; ') || '(none)'}.`,
        2,
      );
    return hit.id;
  });
}

/** A proposal by section number, title or id; a respondent by name, file name or id; a stance by id or label; a coder by name or id. */
export function filterFromArgs(args: ParsedArgs, snapshot: ProjectSnapshot): CompilationFilter {
  return {
    codeIds: resolve(
      'proposal',
      args.strings('proposal'),
      snapshot.codes
        .filter((c) => c.kind !== 'chapter')
        .map((c) => ({
          id: c.id,
          names: [c.section, c.title, `${c.section} ${c.title}`].filter(Boolean),
          shown: c.section || c.title,
        })),
    ),
    documentIds: resolve(
      'respondent',
      args.strings('respondent'),
      snapshot.documents.map((d) => ({ id: d.id, names: [d.respondent, d.fileName], shown: d.respondent })),
    ),
    stanceIds: resolve(
      'stance',
      args.strings('stance'),
      snapshot.stances.map((s) => ({ id: s.id, names: [s.labelSv, s.labelEn], shown: s.id })),
    ),
    coderIds: resolve(
      'coder',
      args.strings('coder'),
      snapshot.coders.map((c) => ({ id: c.id, names: [c.name], shown: c.name })),
    ),
  };
}
