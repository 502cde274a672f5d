// Tests for suggestions on a stored project: hiding rejected and tagged ones, accepting, and the background run.
import { describe, expect, it } from 'vitest';
import { listAnnotationsForDocument } from '../db/tables/annotations';
import { makeProject } from '../test-support/make-project';
import { useTempDir } from '../test-support/temp-dir';
import { JobRegistry } from './job-registry';
import {
  acceptSuggestion,
  rejectSuggestion,
  startSuggestAll,
  suggestionsForDocument,
} from './suggestion-service';

const tempDir = useTempDir();

describe('suggestion service', () => {
  it('accepts a suggestion as an annotation by the coder, marked as from a suggestion', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const [first] = suggestionsForDocument(session.db, documentId);
    expect(first).toBeDefined();
    const annotation = acceptSuggestion(session.db, coderId, { key: first!.key });
    expect(annotation).toMatchObject({
      documentId,
      start: first!.start,
      end: first!.end,
      coderId,
      origin: 'suggestion',
      tags: [{ codeId: first!.codeId, stanceId: first!.stanceId }],
    });
    expect(suggestionsForDocument(session.db, documentId).map((s) => s.key)).not.toContain(first!.key);
  });

  it('accepts with a changed span and stance', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const [first] = suggestionsForDocument(session.db, documentId);
    const annotation = acceptSuggestion(session.db, coderId, {
      key: first!.key,
      start: first!.start + 1,
      stanceId: 'conditional',
    });
    expect(annotation.start).toBe(first!.start + 1);
    expect(annotation.tags[0]!.stanceId).toBe('conditional');
  });

  it('does not suggest a rejected suggestion again, and nothing is tagged by rejecting', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const before = suggestionsForDocument(session.db, documentId);
    rejectSuggestion(session.db, coderId, before[0]!.key);
    rejectSuggestion(session.db, coderId, before[0]!.key);
    const after = suggestionsForDocument(session.db, documentId);
    expect(after.map((s) => s.key)).not.toContain(before[0]!.key);
    expect(after).toHaveLength(before.length - 1);
    expect(listAnnotationsForDocument(session.db, documentId)).toHaveLength(0);
    expect(() => rejectSuggestion(session.db, coderId, 'not a key')).toThrow(/not a suggestion key/);
  });

  it('runs over all documents in the background with progress', async () => {
    const { session, documentId } = await makeProject(tempDir());
    const jobs = new JobRegistry();
    const id = startSuggestAll(session.db, jobs);
    const final = await jobs.wait(id);
    expect(final).toMatchObject({ finished: true, error: null, done: 1, total: 1 });
    expect(final.result).toMatchObject({ byDocument: [{ documentId }] });
    expect((final.result as { total: number }).total).toBeGreaterThan(0);
  });
});
