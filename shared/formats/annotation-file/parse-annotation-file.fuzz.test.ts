import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../sharing/sample-snapshot';
import { FileFormatError } from '../format-error';
import { buildAnnotationFile } from './build-annotation-file';
import { parseAnnotationFile } from './parse-annotation-file';

/** Runs the parser; anything thrown other than FileFormatError fails the property. */
function onlyCleanErrors(text: string): boolean {
  try {
    parseAnnotationFile(text, 'fuzz.json');
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
    expect(error.message.startsWith('fuzz.json cannot be imported: ')).toBe(true);
  }
  return true;
}

const valid = JSON.stringify(
  buildAnnotationFile(sampleSnapshot(), {}, { id: 'coder-anna', name: 'Anna' }, '2025-03-01T12:00:00.000Z'),
);

describe('parseAnnotationFile under fuzzing', () => {
  it('never throws anything but FileFormatError for arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), onlyCleanErrors), { numRuns: 500 });
  });

  it('never throws anything but FileFormatError for arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => onlyCleanErrors(JSON.stringify(v))),
      { numRuns: 500 },
    );
  });

  it('never throws anything but FileFormatError for a valid file with a part replaced', () => {
    const base = JSON.parse(valid);
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (v && typeof v === 'object')
        for (const [k, c] of Object.entries(v)) walk(c, [...path, Array.isArray(v) ? Number(k) : k]);
    };
    walk(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue(), (path, value) => {
        const copy = JSON.parse(valid);
        let at = copy;
        for (const key of path.slice(0, -1)) at = at[key];
        at[path[path.length - 1]!] = value;
        return onlyCleanErrors(JSON.stringify(copy));
      }),
      { numRuns: 1000 },
    );
  });

  it('never throws anything but FileFormatError for a valid file cut or with a character changed', () => {
    fc.assert(
      fc.property(fc.nat(valid.length), fc.string({ minLength: 0, maxLength: 3 }), (at, insert) =>
        onlyCleanErrors(valid.slice(0, at) + insert + valid.slice(at + 1)),
      ),
      { numRuns: 500 },
    );
  });
});
