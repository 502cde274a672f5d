import { describe, expect, it } from 'vitest';
import { writeCodebookCsv } from '../../../shared/formats/codebook/codebook-csv';
import { writeCodebookJson } from '../../../shared/formats/codebook/codebook-json';
import { buildQdc } from '../../../shared/formats/refi-qda';
import { getAnnotation } from '../db/tables/annotations';
import { listCodes } from '../db/tables/codes';
import { listStances } from '../db/tables/stances';
import { makeProject } from '../test-support/make-project';
import { useTempDir } from '../test-support/temp-dir';
import { createAnnotation } from './annotation-service';
import { importCodebook } from './codebook-import';
import { addCode, codeCounts, editCode, mergeCodes, moveCode, removeCode } from './codebook-service';

const tempDir = useTempDir();

describe('codebook operations', () => {
  it('adds a code under a parent and renames it', async () => {
    const { session } = await makeProject(tempDir());
    const chapter = addCode(session.db, {
      parentId: null,
      section: '7',
      title: 'Kompetens',
      kind: 'chapter',
      description: '',
      colour: '#123456',
    });
    const child = addCode(session.db, {
      parentId: chapter.id,
      section: '7.1',
      title: 'Samordnare',
      kind: 'forslag',
      description: '',
      colour: '#654321',
    });
    expect(child.sortOrder).toBe(1);
    editCode(session.db, child.id, { title: 'Nationell samordnare' });
    expect(listCodes(session.db).find((c) => c.id === child.id)).toMatchObject({
      title: 'Nationell samordnare',
      parentId: chapter.id,
    });
    session.close();
  });

  it('reorders siblings and refuses to move a code inside itself', async () => {
    const { session } = await makeProject(tempDir());
    moveCode(session.db, 'p2', null, 0);
    const top = listCodes(session.db)
      .filter((c) => c.parentId === null)
      .sort((a, b) => a.sortOrder - b.sortOrder);
    expect(top.map((c) => c.id)).toEqual(['p2', 'p1']);
    moveCode(session.db, 'p2', 'p1', 0);
    expect(() => moveCode(session.db, 'p1', 'p2', 0)).toThrow(/inside itself/);
    session.close();
  });

  it('merges a code into another: annotations move along, a passage tagged with both keeps one tag', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const a = createAnnotation(session.db, coderId, {
      documentId,
      start: 0,
      end: 5,
      tags: [{ codeId: 'p2', stanceId: 'opposes' }],
    });
    const both = createAnnotation(session.db, coderId, {
      documentId,
      start: 6,
      end: 10,
      tags: [
        { codeId: 'p1', stanceId: 'supports' },
        { codeId: 'p2', stanceId: 'opposes' },
      ],
    });
    expect(mergeCodes(session.db, 'p2', 'p1')).toEqual({ moved: 1 });
    expect(getAnnotation(session.db, a.id)?.tags).toEqual([{ codeId: 'p1', stanceId: 'opposes' }]);
    expect(getAnnotation(session.db, both.id)?.tags).toEqual([{ codeId: 'p1', stanceId: 'supports' }]);
    expect(listCodes(session.db).map((c) => c.id)).toEqual(['p1']);
    expect(codeCounts(session.db)).toEqual([{ codeId: 'p1', annotations: 2, documents: 1 }]);
    session.close();
  });

  it('refuses to delete a code in use, unless its annotations move to another code', async () => {
    const { session, documentId, coderId } = await makeProject(tempDir());
    const a = createAnnotation(session.db, coderId, {
      documentId,
      start: 0,
      end: 5,
      tags: [{ codeId: 'p2', stanceId: null }],
    });
    expect(() => removeCode(session.db, 'p2')).toThrow(/used by 1 annotations/);
    expect(listCodes(session.db)).toHaveLength(2);
    removeCode(session.db, 'p2', 'p1');
    expect(getAnnotation(session.db, a.id)?.tags).toEqual([{ codeId: 'p1', stanceId: null }]);
    expect(() => removeCode(session.db, 'missing')).toThrow(/No codebook entry/);
    session.close();
  });
});

describe('codebook import and export', () => {
  it('imports CSV rows with parents by section number, and exports them back', async () => {
    const { session } = await makeProject(tempDir());
    const added = importCodebook(
      session.db,
      'kodbok.csv',
      'section;title;kind;parent\n9;Nytt kapitel;kapitel;\n9.1;"Förslag; med semikolon";förslag;9\n',
      'append',
    );
    expect(added).toBe(2);
    const codes = listCodes(session.db);
    const child = codes.find((c) => c.section === '9.1')!;
    expect(child.title).toBe('Förslag; med semikolon');
    expect(codes.find((c) => c.id === child.parentId)?.title).toBe('Nytt kapitel');
    expect(writeCodebookCsv(codes)).toContain('9.1;"Förslag; med semikolon";förslag;9');
    session.close();
  });

  it('refuses a CSV file with bad rows, naming each line, and imports nothing', async () => {
    const { session } = await makeProject(tempDir());
    const csv =
      'section;title;kind;parent\n9.1;Bra rad;förslag;\n9.2;;förslag;\n9.3;Annan;okänd;\n9.4;Barn;förslag;finns-inte\n';
    let message = '';
    try {
      importCodebook(session.db, 'dålig.csv', csv, 'append');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain('dålig.csv');
    expect(message).toContain('line 3: the title is empty');
    expect(message).toContain('line 4: unknown kind "okänd"');
    expect(message).toContain('line 5: the parent "finns-inte" is not in the file');
    expect(listCodes(session.db)).toHaveLength(2);
    session.close();
  });

  it('round-trips the codebook through JSON and REFI-QDA .qdc into an empty project', async () => {
    const source = await makeProject(tempDir());
    const codes = listCodes(source.session.db);
    const stances = listStances(source.session.db);
    const target = await makeProject(tempDir());
    target.session.db.prepare('DELETE FROM codes').run();
    importCodebook(target.session.db, 'kodbok.json', writeCodebookJson(codes, stances, 'SOU'), 'replace');
    expect(listCodes(target.session.db).map((c) => [c.section, c.title])).toEqual(
      codes.map((c) => [c.section, c.title]),
    );
    target.session.db.prepare('DELETE FROM codes').run();
    importCodebook(target.session.db, 'kodbok.qdc', buildQdc(codes, stances), 'append');
    expect(listCodes(target.session.db).map((c) => [c.section, c.title])).toEqual(
      codes.map((c) => [c.section, c.title]),
    );
    source.session.close();
    target.session.close();
  });

  it('appending a codebook with the same ids gives the new codes fresh ids', async () => {
    const { session } = await makeProject(tempDir());
    const json = writeCodebookJson(listCodes(session.db), listStances(session.db), '');
    importCodebook(session.db, 'igen.json', json, 'append');
    const codes = listCodes(session.db);
    expect(codes).toHaveLength(4);
    expect(new Set(codes.map((c) => c.id)).size).toBe(4);
    session.close();
  });
});
