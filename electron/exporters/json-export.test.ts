// The JSON export carries the whole project with a format and version header, for scripts.
import { describe, expect, it } from 'vitest';
import { exportProjectJson } from './json-export';
import { DEMO_ANNOTATIONS, demoSnapshot } from './test-fixtures';

describe('exportProjectJson', () => {
  it('has a format/version header and documents, codebook and annotations, without the local path', () => {
    const json = JSON.parse(exportProjectJson(demoSnapshot(), { now: new Date('2025-03-14T08:30:00Z') }));
    expect(json).toMatchObject({
      format: 'remisskod-project',
      version: 1,
      generatedAt: '2025-03-14T08:30:00.000Z',
    });
    expect(json.project.name).toBe('Remissammanställning SOU 2024:72');
    expect(json.documents).toHaveLength(5);
    expect(json.codebook.some((c: { title: string }) => c.title === 'Övergripande synpunkter')).toBe(true);
    expect(json.annotations).toHaveLength(DEMO_ANNOTATIONS.length);
    expect(JSON.stringify(json)).not.toContain('/tmp/test.remisskod');
  });

  it('narrows documents and tags by the filter and says so', () => {
    const json = JSON.parse(
      exportProjectJson(demoSnapshot(), {
        filter: { documentIds: ['stockholm'], codeIds: ['sou2024-72-5'] },
      }),
    );
    expect(json.documents.map((d: { id: string }) => d.id)).toEqual(['stockholm']);
    expect(json.annotations).toHaveLength(1);
    expect(json.annotations[0].tags).toEqual([{ codeId: 'sou2024-72-5', stanceId: 'supports' }]);
    expect(json.filterDescription).toContain('Stockholms stad (Äldrenämnden)');
  });
});
