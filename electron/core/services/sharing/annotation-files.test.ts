import { describe, expect, it } from 'vitest';
import { FileFormatError } from '../../../../shared/formats/format-error';
import { listAllAnnotations } from '../../db/tables/annotations';
import { listCoders } from '../../db/tables/coders';
import { listOrphans } from '../../db/tables/orphans';
import { useTempDir } from '../../test-support/temp-dir';
import { applyAnnotations } from './apply-annotations';
import { exportAnnotations } from './export-annotations';
import { previewAnnotations } from './preview-annotations';
import { readProjectSnapshot } from '../snapshot-service';
import {
  documentOf,
  KALMAR_LINES,
  KALMAR_PERTURBED,
  sharingProject,
  tag,
  type SharingProject,
} from './sharing-fixtures';

const tempDir = useTempDir();
const NOW = '2025-03-01T10:00:00.000Z';
const kalmar = () => documentOf(KALMAR_LINES, 'kalmar.pdf', 'Kalmar kommun');

const coder = (p: SharingProject, name: string) => listCoders(p.session.db).find((c) => c.name === name)!;

describe('annotation files between projects', () => {
  it('round trip: export, import into a fresh project, same annotations and quotes; twice changes nothing', async () => {
    const dir = tempDir();
    const a = await sharingProject(dir, 'A', [kalmar()]);
    tag(a, 'Anna', 'tillstyrker förslaget om ett lagkrav', 'p411', 'supports');
    tag(a, 'Anna', 'avstyrker förslaget att kommuner får anställa läkare', 'p54', 'opposes');
    const file = exportAnnotations(a.session, coder(a, 'Anna'), { scope: 'mine' }, NOW);
    expect(file.annotations).toBe(2);
    expect(file.fileName).toMatch(/^A-Anna-2025-03-01\.remisskod-annotations\.json$/);

    const b = await sharingProject(dir, 'B', [kalmar()], false);
    const preview = previewAnnotations(readProjectSnapshot(b.session), file.fileName, file.content);
    expect(preview.summary).toMatchObject({ add: 2, orphan: 0, newCodes: 3, needsConfirmation: 0 });
    expect(preview.documents[0]).toMatchObject({ by: 'fingerprint', localRespondent: 'Kalmar kommun' });

    const result = applyAnnotations(
      b.session,
      { fileName: file.fileName, content: file.content, confirmDocuments: [], createCodes: true },
      NOW,
    );
    expect(result).toMatchObject({ added: 2, codesCreated: 3, codersCreated: 1, orphaned: 0 });
    const strip = (list: ReturnType<typeof listAllAnnotations>) =>
      list.map(({ documentId: _d, coderId: _c, ...rest }) => rest);
    expect(strip(listAllAnnotations(b.session.db))).toEqual(strip(listAllAnnotations(a.session.db)));
    expect(listCoders(b.session.db).map((c) => c.name)).toEqual(['Anna']);

    const before = JSON.stringify(readProjectSnapshot(b.session));
    const again = applyAnnotations(
      b.session,
      { fileName: file.fileName, content: file.content, confirmDocuments: [], createCodes: true },
      NOW,
    );
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2, codesCreated: 0, codersCreated: 0 });
    expect(JSON.stringify(readProjectSnapshot(b.session))).toBe(before);
    a.session.close();
    b.session.close();
  });

  it('places annotations in a re-extracted text (no page header, a changed word) and lists the orphan', async () => {
    const dir = tempDir();
    const a = await sharingProject(dir, 'A', [kalmar()]);
    tag(a, 'Anna', 'Kalmar kommun har beretts möjlighet att yttra sig', 'p411', 'other');
    tag(a, 'Anna', 'avstyrker förslaget att kommuner får anställa läkare', 'p54', 'opposes');
    tag(a, 'Anna', 'NIA 2023/0012  3 (4)', 'p711', null);
    tag(a, 'Anna', 'inga synpunkter på förslaget om en nationell samordnare', 'p711', 'no_position');
    const file = exportAnnotations(a.session, coder(a, 'Anna'), { scope: 'mine' }, NOW);

    const b = await sharingProject(dir, 'B', [documentOf(KALMAR_PERTURBED, 'kalmar.pdf', 'Kalmar kommun')]);
    const preview = previewAnnotations(readProjectSnapshot(b.session), file.fileName, file.content);
    expect(preview.documents[0]).toMatchObject({ by: 'respondent-and-file-name', needsConfirmation: true });
    expect(preview.summary).toMatchObject({ add: 3, orphan: 1 });

    const unconfirmed = applyAnnotations(
      b.session,
      { fileName: file.fileName, content: file.content, confirmDocuments: [], createCodes: true },
      NOW,
    );
    expect(unconfirmed).toMatchObject({ added: 0, orphaned: 4 });
    expect(listAllAnnotations(b.session.db)).toEqual([]);

    const result = applyAnnotations(
      b.session,
      {
        fileName: file.fileName,
        content: file.content,
        confirmDocuments: [preview.documents[0]!.fileDocumentId],
        createCodes: true,
      },
      NOW,
    );
    expect(result).toMatchObject({ added: 3, orphaned: 1 });
    const placed = listAllAnnotations(b.session.db).map((x) => x.exact);
    expect(placed).toEqual([
      'Kalmar kommun har beretts möjlighet att yttra sig',
      'avstyrker förslaget att kommuner får anställa läkare',
      'inga synpunkter på förslaget om en nationell samordnare',
    ]);
    const orphans = listOrphans(b.session.db);
    expect(orphans).toHaveLength(1);
    expect(orphans[0]).toMatchObject({
      exact: 'NIA 2023/0012  3 (4)',
      reason: 'not-found',
      coderName: 'Anna',
      respondent: 'Kalmar kommun',
      sourceFile: file.fileName,
    });
    a.session.close();
    b.session.close();
  });

  it('merges two coders: each keeps their own annotations and name', async () => {
    const dir = tempDir();
    const anna = await sharingProject(dir, 'anna', [kalmar()]);
    const bo = await sharingProject(dir, 'bo', [kalmar()]);
    tag(anna, 'Anna', 'tillstyrker förslaget om ett lagkrav', 'p411', 'supports');
    tag(bo, 'Bo', 'tillstyrker förslaget om ett lagkrav', 'p411', 'conditional');
    tag(bo, 'Bo', 'avstyrker förslaget att kommuner', 'p54', 'opposes');
    const file = exportAnnotations(bo.session, coder(bo, 'Bo'), { scope: 'mine' }, NOW);
    applyAnnotations(
      anna.session,
      { fileName: file.fileName, content: file.content, confirmDocuments: [], createCodes: true },
      NOW,
    );
    const names = new Map(listCoders(anna.session.db).map((c) => [c.id, c.name]));
    const merged = listAllAnnotations(anna.session.db).map((x) => [
      names.get(x.coderId),
      x.tags[0]!.stanceId,
    ]);
    expect(merged).toEqual(
      expect.arrayContaining([
        ['Anna', 'supports'],
        ['Bo', 'conditional'],
        ['Bo', 'opposes'],
      ]),
    );
    expect(merged).toHaveLength(3);
    anna.session.close();
    bo.session.close();
  });

  it('refuses a malformed file, naming it, and writes nothing', async () => {
    const b = await sharingProject(tempDir(), 'B', [kalmar()]);
    const before = JSON.stringify(readProjectSnapshot(b.session));
    const run = () =>
      applyAnnotations(
        b.session,
        {
          fileName: 'trasig.json',
          content: '{"format":"remisskod-annotations"',
          confirmDocuments: [],
          createCodes: true,
        },
        NOW,
      );
    expect(run).toThrow(FileFormatError);
    expect(run).toThrow(/trasig\.json cannot be imported/);
    expect(JSON.stringify(readProjectSnapshot(b.session))).toBe(before);
    b.session.close();
  });
});
