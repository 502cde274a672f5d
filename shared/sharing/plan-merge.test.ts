import { describe, expect, it } from 'vitest';
import type { ProjectSnapshot } from '../domain/project-snapshot';
import { buildAnnotationFile } from '../formats/annotation-file/build-annotation-file';
import { parseAnnotationFile } from '../formats/annotation-file/parse-annotation-file';
import type { Annotation } from '../domain/types';
import { planMerge, type MergePlan } from './plan-merge';
import { sampleSnapshot } from './sample-snapshot';

const NOW = '2025-03-01T12:00:00.000Z';

/** What the lead's apply step will do: write add/update annotations and new codes. */
function apply(snapshot: ProjectSnapshot, plan: MergePlan): ProjectSnapshot {
  const byId = new Map(snapshot.annotations.map((a) => [a.id, a]));
  for (const p of plan.annotations)
    if (p.action === 'add' || p.action === 'update') byId.set(p.annotation.id, p.annotation);
  const codes = [...snapshot.codes, ...plan.codes.flatMap((c) => (c.newEntry ? [c.newEntry] : []))];
  return { ...snapshot, codes, annotations: [...byId.values()] };
}

/** Anna's and Bo's work: Bo's project has the same documents, Anna exports hers to him. */
function setup() {
  const full = sampleSnapshot();
  const annas = full.annotations.filter((a) => a.coderId === 'coder-anna');
  const bos: ProjectSnapshot = {
    ...full,
    annotations: full.annotations.filter((a) => a.coderId === 'coder-bo'),
  };
  const file = parseAnnotationFile(
    JSON.stringify(
      buildAnnotationFile(full, { coderIds: ['coder-anna'] }, { id: 'coder-anna', name: 'Anna' }, NOW),
    ),
    'anna.json',
  );
  return { full, annas, bos, file };
}

const strip = (a: Annotation) => ({ ...a });

describe('planMerge', () => {
  it("adds a colleague's annotations to the same documents, keeping coder and quotes", () => {
    const { annas, bos, file } = setup();
    const plan = planMerge(bos, file);
    expect(plan.documents.map((d) => d.by)).toEqual(['fingerprint', 'fingerprint']);
    expect(plan.summary).toMatchObject({
      add: 3,
      update: 0,
      unchanged: 0,
      orphan: 0,
      needsConfirmation: 0,
      newCodes: 0,
    });
    expect(plan.annotations.map((p) => p.annotation).map(strip)).toEqual(annas.map(strip));
  });

  it('changes nothing when the same file is imported twice', () => {
    const { bos, file } = setup();
    const once = apply(bos, planMerge(bos, file));
    const second = planMerge(once, file);
    expect(second.summary).toMatchObject({ add: 0, update: 0, unchanged: 3, orphan: 0 });
    expect(apply(once, second).annotations).toEqual(once.annotations);
  });

  it('updates an annotation the file holds in a newer version, and keeps a newer local one', () => {
    const { full, file } = setup();
    const older = {
      ...full,
      annotations: full.annotations.map((a) =>
        a.id === 'ann-1' ? { ...a, comment: 'gammal', updatedAt: '2025-01-01T00:00:00.000Z' } : a,
      ),
    };
    expect(planMerge(older, file).annotations.find((p) => p.annotationId === 'ann-1')).toMatchObject({
      action: 'update',
      reason: 'the file has a newer version',
    });
    const newer = {
      ...full,
      annotations: full.annotations.map((a) =>
        a.id === 'ann-1' ? { ...a, comment: 'ny', updatedAt: '2025-06-01T00:00:00.000Z' } : a,
      ),
    };
    expect(planMerge(newer, file).annotations.find((p) => p.annotationId === 'ann-1')!.action).toBe(
      'unchanged',
    );
  });

  it('re-anchors in a text imported separately, matching the document by name with confirmation', () => {
    const { bos, file } = setup();
    const kalmar = bos.documents[0]!;
    const text =
      'Kommunstyrelsen beslutade den 3 mars.\n' +
      kalmar.text
        .replace('medicinsk bedömning', 'medicinsk\nbedömning')
        .replace('eftersom finansiering saknas', 'eftersom all finansiering saknas');
    const changed: ProjectSnapshot = {
      ...bos,
      documents: [{ ...kalmar, id: 'other-id', text }, bos.documents[1]!],
      annotations: [],
    };
    const plan = planMerge(changed, file);
    expect(plan.documents[0]).toMatchObject({
      by: 'respondent-and-file-name',
      localDocumentId: 'other-id',
      needsConfirmation: true,
    });
    const placed = plan.annotations.map((p) => [
      p.action,
      p.anchor,
      text.slice(p.annotation.start, p.annotation.end),
    ]);
    expect(placed).toEqual([
      [
        'add',
        'exact-quote',
        'Kalmar kommun tillstyrker förslaget om lagkrav på medicinsk\nbedömning dygnet runt.',
      ],
      ['add', 'exact-quote', 'ställer sig tveksam till förslaget om ledningsansvarig'],
      ['add', 'exact-quote', 'inga synpunkter 😀'],
    ]);
    expect(plan.summary.needsConfirmation).toBe(3);
  });

  it('makes orphans of passages that are gone and of documents that are missing', () => {
    const { bos, file } = setup();
    const kalmar = bos.documents[0]!;
    const cut = kalmar.text.replace(/Kommunen ställer sig tveksam[^\n]*\n/, '');
    const plan = planMerge({ ...bos, documents: [{ ...kalmar, text: cut }] }, file);
    expect(plan.annotations.find((p) => p.annotationId === 'ann-2')).toMatchObject({
      action: 'orphan',
      reason: expect.stringContaining('could not be found'),
    });
    const none = planMerge({ ...bos, documents: [] }, file);
    expect(none.summary).toMatchObject({ orphan: 3, unmatchedDocuments: 2 });
  });

  it('matches codes by section and title when ids differ, and offers unknown codes as new', () => {
    const { bos, file } = setup();
    const renamed: ProjectSnapshot = {
      ...bos,
      codes: bos.codes
        .filter((c) => c.id !== 'g-other')
        .map((c) => (c.id === 'p-411' ? { ...c, id: 'local-411' } : c)),
    };
    const plan = planMerge(renamed, file);
    expect(plan.codes.find((c) => c.fileCodeId === 'p-411')).toMatchObject({
      by: 'section-and-title',
      localCodeId: 'local-411',
    });
    expect(plan.codes.find((c) => c.fileCodeId === 'g-other')).toMatchObject({
      by: 'new',
      localCodeId: 'g-other',
    });
    expect(plan.annotations[0]!.annotation.tags).toEqual([{ codeId: 'local-411', stanceId: 'supports' }]);
  });
});
