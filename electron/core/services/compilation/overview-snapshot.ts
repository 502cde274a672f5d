// A project snapshot without document texts: enough for the matrix, charts and proposal view, and fast.
import type {
  AnnotationCoding,
  CodingSnapshot,
  ProjectSnapshot,
} from '../../../../shared/domain/project-snapshot';
import { listAllAnnotations, listAnnotationCodings } from '../../db/tables/annotations';
import { listCodes } from '../../db/tables/codes';
import { listCoders } from '../../db/tables/coders';
import { listDocumentBlocks } from '../../db/tables/document-blocks';
import { listDocuments } from '../../db/tables/documents';
import { listStances } from '../../db/tables/stances';
import type { ProjectSession } from '../../project/project-session';

/**
 * Documents come with empty text and memo (annotations carry their own quotes); blocks are read
 * only when asked for, since page and paragraph references need them.
 */
export function readOverviewSnapshot(session: ProjectSession, withBlocks = false): ProjectSnapshot {
  return session.db.transaction(() => ({
    ...readFrame(session, withBlocks),
    annotations: listAllAnnotations(session.db),
  }))();
}

/**
 * The same with annotations reduced to who tagged what (no quotes, comments or offsets): what the
 * matrix and the charts count. Reading 30,000 annotations this way takes a tenth of the full read.
 */
export function readCodingSnapshot(session: ProjectSession): CodingSnapshot {
  return session.db.transaction(() => ({
    ...readFrame(session, false),
    annotations: cachedCodings(session),
  }))();
}

const codingsCache = new WeakMap<ProjectSession, { version: string; codings: AnnotationCoding[] }>();

/** Names each open session, so two sessions' versions never look alike (their counters both start at 0). */
const sessionNames = new WeakMap<ProjectSession, string>();
let sessionsNamed = 0;

/**
 * The file's version for this session: any write, here or by another connection, changes it.
 * `total_changes()` counts this connection's writes, `data_version` any other connection's.
 */
export function fileVersion(session: ProjectSession): string {
  let name = sessionNames.get(session);
  if (!name) sessionNames.set(session, (name = `${process.pid}.${++sessionsNamed}`));
  const { changes } = session.db.prepare('SELECT total_changes() AS changes').get() as { changes: number };
  return `${name}:${session.db.pragma('data_version', { simple: true })}:${changes}`;
}

/**
 * The codings, read again only when the file changed. Flipping between the matrix, the charts and the
 * coding view then costs no re-read.
 */
function cachedCodings(session: ProjectSession): AnnotationCoding[] {
  const version = fileVersion(session);
  const hit = codingsCache.get(session);
  if (hit?.version === version) return hit.codings;
  const codings = listAnnotationCodings(session.db);
  codingsCache.set(session, { version, codings });
  return codings;
}

function readFrame(session: ProjectSession, withBlocks: boolean): Omit<ProjectSnapshot, 'annotations'> {
  const blocks = withBlocks ? listDocumentBlocks(session.db) : null;
  return {
    info: session.info(),
    documents: listDocuments(session.db).map((d) => ({
      ...d,
      text: '',
      rawText: '',
      blocks: blocks?.get(d.id) ?? [],
      memo: '',
    })),
    codes: listCodes(session.db),
    stances: listStances(session.db),
    coders: listCoders(session.db),
  };
}

/** Views computed from the file (e.g. one matrix per filter), kept while the file is unchanged. */
const derivedCache = new WeakMap<ProjectSession, { version: string; values: Map<string, unknown> }>();
/** Filters a user flips between; older results are dropped first. */
const DERIVED_KEPT = 8;

/**
 * `compute()`, or what it gave for the same `key` since the file last changed. Opening the matrix
 * again, or going back to an earlier filter, then costs neither the snapshot read nor the count.
 */
export function cachedUntilChange<T>(session: ProjectSession, key: string, compute: () => T): T {
  const version = fileVersion(session);
  let entry = derivedCache.get(session);
  if (entry?.version !== version) derivedCache.set(session, (entry = { version, values: new Map() }));
  if (entry.values.has(key)) return entry.values.get(key) as T;
  const value = compute();
  entry.values.set(key, value);
  if (entry.values.size > DERIVED_KEPT) entry.values.delete(entry.values.keys().next().value!);
  return value;
}
