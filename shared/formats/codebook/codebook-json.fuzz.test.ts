// Fuzzes the codebook JSON parser: arbitrary input gives a codebook or a CodebookFormatError, never a crash.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodebookFormatError, parseCodebookJson, writeCodebookJson } from './codebook-json';

function onlyCleanErrors(text: string): boolean {
  try {
    const parsed = parseCodebookJson(text, 'fuzz.json');
    const ids = new Set(parsed.codes.map((c) => c.id));
    for (const code of parsed.codes) if (code.parentId) expect(ids.has(code.parentId)).toBe(true);
  } catch (error) {
    if (!(error instanceof CodebookFormatError)) throw error;
    expect(error.message.startsWith('fuzz.json: ')).toBe(true);
    expect(error.problems.length).toBeGreaterThan(0);
  }
  return true;
}

const KINDS = ['forslag', 'bedomning', 'chapter', 'general', 'other'] as const;

const codeArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 20 }),
  parentId: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
  section: fc.option(fc.string({ maxLength: 10 }), { nil: undefined }),
  title: fc.string({ maxLength: 40 }),
  kind: fc.option(fc.constantFrom(...KINDS, 'okänd'), { nil: undefined }),
  colour: fc.option(fc.constantFrom('#1f77b4', 'red', '#12345', ''), { nil: undefined }),
});

describe('parseCodebookJson under fuzzing', () => {
  it('never throws anything but CodebookFormatError for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), onlyCleanErrors), { numRuns: 500 });
  });

  it('never throws anything but CodebookFormatError for arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => onlyCleanErrors(JSON.stringify(v))),
      { numRuns: 500 },
    );
  });

  it('never throws anything but CodebookFormatError for codebook-shaped JSON with random codes', () => {
    fc.assert(
      fc.property(
        fc.array(codeArb, { maxLength: 15 }),
        fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
        (codes, reportTitle) =>
          onlyCleanErrors(JSON.stringify({ format: 'remisskod-codebook', version: 1, reportTitle, codes })),
      ),
      { numRuns: 500 },
    );
  });

  it('reads back every codebook it writes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-z0-9-]{1,12}$/), { minLength: 1, maxLength: 12 }),
        fc.string({ maxLength: 30 }),
        (ids, reportTitle) => {
          const codes = ids.map((id, i) => ({
            id,
            parentId: i > 0 && i % 3 === 0 ? ids[0]! : null,
            section: `${i + 1}`,
            title: `Förslag ${id}`,
            kind: KINDS[i % KINDS.length]!,
            description: '',
            colour: '#1f77b4',
            sortOrder: i + 1,
          }));
          const parsed = parseCodebookJson(writeCodebookJson(codes, [], reportTitle), 'rund.json');
          expect(parsed.codes).toEqual(codes);
          expect(parsed.reportTitle).toBe(reportTitle);
        },
      ),
      { numRuns: 200 },
    );
  });
});
