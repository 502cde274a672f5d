// One pass over a project's annotations: every (annotation × tag) that passes a filter, indexed for grouping.
import type { Annotation, AnnotationTag, DocumentFull, Stance } from '../domain/types';
import type { ProjectSnapshot } from '../domain/project-snapshot';
import type { CompilationFilter, FilterTests } from './compilation-filter';
import { filterTests } from './compilation-filter';
import type { OrderedProposal } from './proposal-order';
import { orderProposals } from './proposal-order';

export interface TaggedExcerpt {
  annotation: Annotation;
  tag: AnnotationTag;
  /** Index into `TaggedExcerpts.documents`. */
  documentIndex: number;
  /** Index into `TaggedExcerpts.proposals`. */
  proposalIndex: number;
}

export interface TaggedExcerpts {
  /** Documents that pass the filter, ordered by respondent name (Swedish collation), then file name. */
  documents: DocumentFull[];
  /** Codebook entries that pass the filter, in codebook order, chapters left out. */
  proposals: OrderedProposal[];
  /** The project's stances by sortOrder (filtered when the filter names stances). */
  stances: Stance[];
  excerpts: TaggedExcerpt[];
}

const collator = new Intl.Collator('sv', { sensitivity: 'base', numeric: true });

export function compareRespondents(a: DocumentFull, b: DocumentFull): number {
  return collator.compare(a.respondent, b.respondent) || collator.compare(a.fileName, b.fileName);
}

export interface CompilationScope {
  documents: DocumentFull[];
  proposals: OrderedProposal[];
  stances: Stance[];
  documentIndex: Map<string, number>;
  proposalIndex: Map<string, number>;
  test: FilterTests;
}

/** The documents, proposals and stances a filter covers, with indexes for one pass over the annotations. */
export function compilationScope(
  snapshot: Pick<ProjectSnapshot, 'documents' | 'codes' | 'stances'>,
  filter: CompilationFilter,
): CompilationScope {
  const test = filterTests(filter);
  const documents = snapshot.documents.filter((d) => test.document(d.id)).sort(compareRespondents);
  const proposals = orderProposals(snapshot.codes).filter((p) => test.code(p.entry.id));
  const stances = [...snapshot.stances]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .filter((s) => test.stance(s.id));
  return {
    documents,
    proposals,
    stances,
    documentIndex: new Map(documents.map((d, i) => [d.id, i])),
    proposalIndex: new Map(proposals.map((p, i) => [p.entry.id, i])),
    test,
  };
}

export function collectTaggedExcerpts(snapshot: ProjectSnapshot, filter: CompilationFilter): TaggedExcerpts {
  const { documents, proposals, stances, documentIndex, proposalIndex, test } = compilationScope(
    snapshot,
    filter,
  );
  const excerpts: TaggedExcerpt[] = [];
  for (const annotation of snapshot.annotations) {
    const di = documentIndex.get(annotation.documentId);
    if (di === undefined || !test.coder(annotation.coderId)) continue;
    for (const tag of annotation.tags) {
      const pi = proposalIndex.get(tag.codeId);
      if (pi === undefined || !test.stance(tag.stanceId)) continue;
      excerpts.push({ annotation, tag, documentIndex: di, proposalIndex: pi });
    }
  }
  return { documents, proposals, stances, excerpts };
}
