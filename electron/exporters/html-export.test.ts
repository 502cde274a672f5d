// The HTML compilation is standalone and escapes everything that came from documents and comments.
import { describe, expect, it } from 'vitest';
import { buildCompilation } from '../../shared/compilation/build-compilation';
import { buildTestSnapshot } from '../../shared/compilation/test-snapshot';
import { SAMPLE_CODES } from '../../shared/compilation/sample-snapshot';
import { exportCompilationHtml } from './html-export';
import { demoSnapshot } from './test-fixtures';

const NOW = new Date(2025, 2, 14, 9, 30);

function hostileSnapshot() {
  return buildTestSnapshot({
    name: 'Projekt <b>fet</b>',
    codes: SAMPLE_CODES,
    documents: [
      {
        id: 'x',
        respondent: 'Ond & Co <img src=x onerror=alert(1)>',
        respondentType: 'organisation',
        fileName: 'ond.txt',
        blocks: [{ text: 'Vi tillstyrker <script>alert("xss")</script> förslaget.' }],
      },
    ],
    annotations: [
      {
        documentId: 'x',
        quote: 'Vi tillstyrker <script>alert("xss")</script> förslaget.',
        tags: [{ codeId: '4.1.1', stanceId: 'supports' }],
        comment: '</blockquote><script>steal()</script>',
      },
    ],
  });
}

describe('exportCompilationHtml', () => {
  it('escapes scripts and markup from documents, respondents, comments and the project name', async () => {
    const html = await exportCompilationHtml(buildCompilation(hostileSnapshot(), {}, 'sv', NOW));
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>fet');
    expect(html).toContain('Vi tillstyrker &lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; förslaget.');
    expect(html).toContain('Ond &amp; Co &lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;/blockquote&gt;&lt;script&gt;steal()&lt;/script&gt;');
  });

  it('is a standalone, print-friendly page with project, filter, date and the proposals', async () => {
    const html = await exportCompilationHtml(buildCompilation(demoSnapshot(), {}, 'sv', NOW));
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html).not.toMatch(/<link|<script|src="http/);
    expect(html).toContain('<tr><th>Skapad</th><td>2025-03-14 09:30</td></tr>');
    expect(html).toContain('<h2>4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt</h2>');
    expect(html).toContain('<p class="counts">Tillstyrker: 2 · Tveksam: 1</p>');
  });
});
