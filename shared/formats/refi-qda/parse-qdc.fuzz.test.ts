import fc from 'fast-check';
import { describe, it } from 'vitest';
import { sampleSnapshot } from '../../sharing/sample-snapshot';
import { FileFormatError } from '../format-error';
import { buildQdc } from './build-qdc';
import { parseQdc } from './parse-qdc';
import { parseQde } from './parse-qde';
import { buildQde } from './build-qde';

function onlyCleanErrors(parse: (xml: string, name: string) => unknown, xml: string): boolean {
  try {
    parse(xml, 'fuzz.qdc');
  } catch (error) {
    if (!(error instanceof FileFormatError)) throw error;
  }
  return true;
}

const snapshot = sampleSnapshot();
const qdc = buildQdc(snapshot.codes, snapshot.stances);
const qde = buildQde(snapshot, { now: '2025-03-01T12:00:00.000Z', inlineText: true }).xml;
const xmlPiece = fc.constantFrom(
  '<',
  '>',
  '/>',
  '</Code>',
  '<Code guid="g" name="n" isCodable="true">',
  '&',
  '&amp;',
  '&#0;',
  '&#x1F600;',
  '"',
  "'",
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<?x?>',
  '<!DOCTYPE',
  '=',
  ' ',
  'Codes',
  'å',
);

describe('REFI-QDA parsers under fuzzing', () => {
  it('parseQdc never throws anything but FileFormatError for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => onlyCleanErrors(parseQdc, s)),
      { numRuns: 500 },
    );
  });

  it('parseQdc and parseQde never throw anything but FileFormatError for damaged files', () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.nat(),
        fc.nat(40),
        fc.array(xmlPiece, { maxLength: 4 }),
        (useQdc, at, cut, pieces) => {
          const base = useQdc ? qdc : qde;
          const i = at % base.length;
          const damaged = base.slice(0, i) + pieces.join('') + base.slice(i + cut);
          return onlyCleanErrors(parseQdc, damaged) && onlyCleanErrors(parseQde, damaged);
        },
      ),
      { numRuns: 1500 },
    );
  });
});
