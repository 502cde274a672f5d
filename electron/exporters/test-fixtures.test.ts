// The demo fixture finds every quote in the seed texts and keeps their pages where the PDF said them.
import { describe, expect, it } from 'vitest';
import { DEMO_ANNOTATIONS, demoSnapshot, paragraphsOf } from './test-fixtures';

describe('demo fixture', () => {
  it('anchors every demo quote in its seed document', () => {
    const s = demoSnapshot();
    expect(s.annotations).toHaveLength(DEMO_ANNOTATIONS.length);
    for (const a of s.annotations) {
      const doc = s.documents.find((d) => d.id === a.documentId)!;
      expect(doc.text.slice(a.start, a.end)).toBe(a.exact);
    }
  });

  it('drops page marks and numbers the pages after them', () => {
    const blocks = paragraphsOf('Inledning\n\nNIA 2023/0012  3 (4) \n\nText på sidan tre\n');
    expect(blocks).toEqual([{ text: 'Inledning' }, { text: 'Text på sidan tre', page: 3 }]);
  });
});
