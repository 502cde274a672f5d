// Which part of a project an export or overview covers: proposals, respondents, stances, coders.

/** An empty or missing list means "all". */
export interface CompilationFilter {
  codeIds?: readonly string[];
  documentIds?: readonly string[];
  stanceIds?: readonly string[];
  coderIds?: readonly string[];
}

export interface FilterTests {
  code(id: string): boolean;
  document(id: string): boolean;
  /** Tags without a stance pass only when no stance filter is set. */
  stance(id: string | null): boolean;
  coder(id: string): boolean;
}

function accepts(list: readonly string[] | undefined): (id: string) => boolean {
  if (!list || list.length === 0) return () => true;
  const set = new Set(list);
  return (id) => set.has(id);
}

/** Turns a filter into fast membership tests. */
export function filterTests(filter: CompilationFilter): FilterTests {
  const stanceSet = filter.stanceIds && filter.stanceIds.length > 0 ? new Set(filter.stanceIds) : null;
  return {
    code: accepts(filter.codeIds),
    document: accepts(filter.documentIds),
    stance: (id) => (stanceSet ? id !== null && stanceSet.has(id) : true),
    coder: accepts(filter.coderIds),
  };
}
