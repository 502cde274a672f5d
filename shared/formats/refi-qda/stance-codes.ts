// The stance mapping: each proposal code gets one child code per stance (docs/refi-qda.md).
import type { Annotation, CodebookEntry, Stance } from '../../domain/types';

/** Codes that get stance child codes: proposals, assessments, and any code tagged with a stance. */
export function codesWithStances(
  codes: readonly CodebookEntry[],
  annotations: readonly Annotation[],
): Set<string> {
  const ids = new Set(codes.filter((c) => c.kind === 'forslag' || c.kind === 'bedomning').map((c) => c.id));
  for (const a of annotations) for (const t of a.tags) if (t.stanceId !== null) ids.add(t.codeId);
  return ids;
}

/** REFI code name of a codebook entry: "4.1.1 Title", or the title alone. */
export const codeName = (c: CodebookEntry): string => (c.section ? `${c.section} ${c.title}` : c.title);

/** Splits "4.1.1 Title" into section and title. */
export function splitCodeName(name: string): { section: string; title: string } {
  const m = /^(\d+(?:\.\d+)*)\.?\s+(\S.*)$/s.exec(name.trim());
  return m ? { section: m[1]!, title: m[2]! } : { section: '', title: name.trim() || '(utan namn)' };
}

/** The stance a child code's name stands for (Swedish or English label, or id), if any. */
export function stanceForName(name: string, stances: readonly Stance[]): Stance | undefined {
  const key = name.trim().toLowerCase();
  return stances.find((s) => [s.labelSv, s.labelEn, s.id].some((label) => label.toLowerCase() === key));
}
