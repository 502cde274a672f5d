import { describe, expect, it } from 'vitest';
import {
  annotationStateOfDocument,
  getAnnotation,
  listAnnotationsForDocument,
} from '../db/tables/annotations';
import { ProjectSession } from '../project/project-session';
import { makeProject, SAMPLE_PARAGRAPHS } from '../test-support/make-project';
import { useTempDir } from '../test-support/temp-dir';
import { draftAnnotation } from '../../../shared/domain/draft-annotation';
import { createAnnotation, deleteAnnotation, updateAnnotation } from './annotation-service';

const tempDir = useTempDir();
const second = SAMPLE_PARAGRAPHS[0]!.length + 1;

describe('annotation service', () => {
  it('tells how many annotations a document has and when the last was written, so a stale list is noticed', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    expect(annotationStateOfDocument(session.db, documentId)).toEqual({ count: 0, lastChange: null });
    const a = createAnnotation(session.db, coderId, { documentId, start: second, end: second + 8, tags: [] });
    expect(annotationStateOfDocument(session.db, documentId)).toEqual({ count: 1, lastChange: a.updatedAt });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const changed = updateAnnotation(session.db, { id: a.id, comment: 'ändrad' });
    expect(changed.updatedAt > a.updatedAt).toBe(true);
    expect(annotationStateOfDocument(session.db, documentId)).toEqual({
      count: 1,
      lastChange: changed.updatedAt,
    });
    deleteAnnotation(session.db, a.id);
    expect(annotationStateOfDocument(session.db, documentId)).toEqual({ count: 0, lastChange: null });
    session.close();
  });

  it('creates an annotation with its quote and context, and reads it back after reopening the file', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const start = second + 'Kommunen '.length;
    const created = createAnnotation(session.db, coderId, {
      documentId,
      start,
      end: start + 'tillstyrker'.length,
      tags: [{ codeId: 'p1', stanceId: 'supports' }],
      comment: 'Tydligt stöd',
    });
    expect(created.exact).toBe('tillstyrker');
    expect(created.prefix.endsWith('Kommunen ')).toBe(true);
    expect(created.suffix.startsWith(' förslaget')).toBe(true);
    const file = session.path;
    session.close();

    const reopened = ProjectSession.open(file);
    const [stored] = listAnnotationsForDocument(reopened.db, documentId);
    expect(stored).toMatchObject({
      id: created.id,
      exact: 'tillstyrker',
      comment: 'Tydligt stöd',
      tags: [{ codeId: 'p1', stanceId: 'supports' }],
      coderId,
    });
    reopened.close();
  });

  it('updates tags (several proposals, each with its stance), span and comment', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const a = createAnnotation(session.db, coderId, {
      documentId,
      start: second,
      end: second + 8,
      tags: [{ codeId: 'p1', stanceId: null }],
    });
    const updated = updateAnnotation(session.db, {
      id: a.id,
      end: second + 'Kommunen tillstyrker'.length,
      tags: [
        { codeId: 'p1', stanceId: 'supports' },
        { codeId: 'p2', stanceId: 'opposes' },
      ],
      comment: 'två förslag',
    });
    expect(updated.exact).toBe('Kommunen tillstyrker');
    expect(getAnnotation(session.db, a.id)?.tags).toEqual([
      { codeId: 'p1', stanceId: 'supports' },
      { codeId: 'p2', stanceId: 'opposes' },
    ]);
    session.close();
  });

  it('deletes an annotation and its tags', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const a = createAnnotation(session.db, coderId, {
      documentId,
      start: 0,
      end: 5,
      tags: [{ codeId: 'p2', stanceId: 'opposes' }],
    });
    deleteAnnotation(session.db, a.id);
    expect(getAnnotation(session.db, a.id)).toBeNull();
    expect(session.db.prepare('SELECT count(*) AS n FROM annotation_tags').get()).toEqual({ n: 0 });
    expect(() => deleteAnnotation(session.db, a.id)).toThrow(/No annotation/);
    session.close();
  });

  it('refuses a span outside the document, an unknown proposal or stance, and writes nothing', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const tags = [{ codeId: 'p1', stanceId: 'supports' }];
    expect(() => createAnnotation(session.db, coderId, { documentId, start: 0, end: 10_000, tags })).toThrow(
      /outside the document/,
    );
    expect(() =>
      createAnnotation(session.db, coderId, {
        documentId,
        start: 0,
        end: 5,
        tags: [{ codeId: 'nope', stanceId: null }],
      }),
    ).toThrow(/codebook/);
    expect(() =>
      createAnnotation(session.db, coderId, {
        documentId,
        start: 0,
        end: 5,
        tags: [{ codeId: 'p1', stanceId: 'maybe' }],
      }),
    ).toThrow(/stance/);
    expect(session.db.prepare('SELECT count(*) AS n FROM annotations').get()).toEqual({ n: 0 });
    session.close();
  });

  it('stores exactly the annotation the renderer drew: its id, its time and the same quote', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const input = {
      documentId,
      start: second + 9,
      end: second + 20,
      tags: [{ codeId: 'p1', stanceId: 'supports' }],
      comment: 'viktigt',
    };
    const text = SAMPLE_PARAGRAPHS.join('\n');
    const drawn = draftAnnotation(
      { id: documentId, text },
      input,
      coderId,
      'drawn-1',
      '2026-11-22T10:00:00.000Z',
    );
    const stored = createAnnotation(session.db, coderId, {
      ...input,
      id: 'drawn-1',
      createdAt: drawn.createdAt,
    });
    expect(stored).toEqual(drawn);
    expect(getAnnotation(session.db, 'drawn-1')).toEqual(drawn);
    session.close();
  });
});
