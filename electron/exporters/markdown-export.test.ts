// The Markdown compilation: headings per proposal, counts, quotes with references, markup in text defused.
import { describe, expect, it } from 'vitest';
import { buildCompilation } from '../../shared/compilation/build-compilation';
import { escapeMarkdown, exportCompilationMarkdown } from './markdown-export';
import { demoSnapshot } from './test-fixtures';

const NOW = new Date(2025, 2, 14, 9, 30);

describe('exportCompilationMarkdown', () => {
  it('writes the metadata, summary table and a section per proposal with quotes', async () => {
    const md = await exportCompilationMarkdown(buildCompilation(demoSnapshot(), {}, 'sv', NOW));
    expect(md).toContain('# Remissammanställning: SOU 2024:72 Stärkt medicinsk kompetens');
    expect(md).toContain('- **Skapad:** 2025-03-14 09:30');
    expect(md).toContain('| Förslag | Tillstyrker |');
    expect(md).toContain(
      '### 4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt\n\n*Tillstyrker: 2 · Tveksam: 1*',
    );
    expect(md).toContain('> Region Blekinge ställer sig tveksam till att ett lagkrav');
    expect(md).toMatch(/> — Region Blekinge, st\. \d+ \(region-blekinge\.txt\)/);
  });

  it('defuses markup and inline HTML coming from documents', () => {
    expect(escapeMarkdown('<script>*fet*</script> #1')).toBe('\\<script\\>\\*fet\\*\\</script\\> \\#1');
  });
});
