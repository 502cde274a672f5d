import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCES } from '../../shared/domain/default-stances';
import { FileFormatError } from '../../shared/formats/format-error';
import { buildQdc } from '../../shared/formats/refi-qda/build-qdc';
import { parseQdc } from '../../shared/formats/refi-qda/parse-qdc';
import { parseQde } from '../../shared/formats/refi-qda/parse-qde';
import { sampleSnapshot } from '../../shared/sharing/sample-snapshot';
import { importQdpx, readQdpx, writeQdpx, DEFAULT_QDPX_LIMITS } from './qdpx';
import { qdcAsProject, validateAgainstProjectXsd } from './xmllint';

const NOW = '2025-03-01T12:00:00.000Z';
const FIXTURES = join(__dirname, 'fixtures');

/** The hand-built foreign project as a .qdpx archive. */
function foreignQdpx(): Uint8Array {
  const dir = join(FIXTURES, 'foreign-project');
  const files: Record<string, Uint8Array> = { 'project.qde': readFileSync(join(dir, 'project.qde')) };
  for (const name of readdirSync(join(dir, 'sources')))
    files[`sources/${name}`] = readFileSync(join(dir, 'sources', name));
  return zipSync(files);
}

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FileFormatError);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('.qdpx export', () => {
  const data = writeQdpx(sampleSnapshot(), NOW);
  const files = unzipSync(data);

  it('holds project.qde and one text file per document under sources/', () => {
    expect(Object.keys(files).sort()).toEqual(expect.arrayContaining(['project.qde']));
    expect(Object.keys(files).filter((n) => n.startsWith('sources/') && n.endsWith('.txt'))).toHaveLength(2);
  });

  it('validates against the REFI-QDA Project.xsd', () => {
    expect(validateAgainstProjectXsd(strFromU8(files['project.qde']!))).toBe('');
  });

  it('round-trips: the same passages, quotes, stances and coders come back', () => {
    const snapshot = sampleSnapshot();
    const back = importQdpx(data, 'export.qdpx', DEFAULT_STANCES, NOW);
    expect(back.problems).toEqual([]);
    expect(
      back.annotations
        .map((a) => [a.exact, a.prefix, a.suffix, a.start, a.end, a.tags.map((t) => t.stanceId)])
        .sort(),
    ).toEqual(
      snapshot.annotations
        .map((a) => [a.exact, a.prefix, a.suffix, a.start, a.end, a.tags.map((t) => t.stanceId)])
        .sort(),
    );
    expect(back.coders.map((c) => c.id).sort()).toEqual(['coder-anna', 'coder-bo']);
  });
});

describe('.qdc export', () => {
  it('has codes that validate against Project.xsd and reads back', () => {
    const snapshot = sampleSnapshot();
    const qdc = buildQdc(snapshot.codes, snapshot.stances);
    expect(validateAgainstProjectXsd(qdcAsProject(qdc))).toBe('');
    expect(parseQdc(qdc, 'x.qdc').length).toBe(snapshot.codes.length + 4 * DEFAULT_STANCES.length);
  });
});

describe('.qdpx import from other tools (hand-built fixture)', () => {
  it('the fixture itself is valid REFI-QDA', () => {
    expect(
      validateAgainstProjectXsd(readFileSync(join(FIXTURES, 'foreign-project', 'project.qde'), 'utf8')),
    ).toBe('');
    expect(
      validateAgainstProjectXsd(qdcAsProject(readFileSync(join(FIXTURES, 'maxqda-codebook.qdc'), 'utf8'))),
    ).toBe('');
  });

  const result = importQdpx(foreignQdpx(), 'granskning.qdpx', DEFAULT_STANCES, NOW);
  const textOf = (guidEnd: string) => {
    const a = result.annotations.find((x) => x.id.endsWith(guidEnd))!;
    return result.documents.find((d) => d.id === a.documentId)!.text.slice(a.start, a.end);
  };

  it('places selections exactly with CRLF counted as two, as one, and with LF, around emoji', () => {
    expect(result.documents.map((d) => d.lineEndings)).toEqual(['crlf-as-two', 'crlf-as-one', 'lf']);
    expect(textOf('0000000000c9')).toBe('tillstyrker förslaget om lagkrav');
    expect(textOf('0000000000ca')).toBe('avstyrker förslaget om nationell samordnare');
    expect(textOf('0000000000cb')).toBe('ställer sig tveksam');
    expect(textOf('0000000000cc')).toBe('inga synpunkter 👍');
    expect(result.documents[0]!.text).not.toContain('\r');
  });

  it('turns stance child codes into stances, keeps users and notes', () => {
    const tags = result.annotations.map((a) =>
      a.tags.map((t) => [result.codes.find((c) => c.id === t.codeId)?.section ?? '?', t.stanceId]),
    );
    expect(tags).toEqual([
      [['4.1.1', 'supports']],
      [
        ['7.1.1', 'opposes'],
        ['4', null],
      ],
      [['4.6', 'sceptical']],
      [['', null]],
    ]);
    expect(result.annotations[0]!.comment).toBe('Tydligt stöd för lagkravet.');
    expect(result.annotations[3]!.comment).toBe('Inget att erinra.');
    expect(result.coders.map((c) => c.name).sort()).toEqual(['Karin Lund', 'Olof Berg']);
    expect(result.codes.find((c) => c.title === 'Övrigt')!.colour).toBe('#ff8800');
  });

  it('reads a codebook with prefixed element names', () => {
    const codes = parseQdc(readFileSync(join(FIXTURES, 'maxqda-codebook.qdc'), 'utf8'), 'maxqda.qdc');
    expect(codes.map((c) => [c.name, c.parentGuid !== null, c.color])).toEqual([
      ['4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt', false, '#1f77b4'],
      ['Tillstyrker', true, null],
      ['Övrigt', false, '#ff8800'],
    ]);
  });
});

describe('.qdpx safety', () => {
  it('refuses XXE and billion-laughs files', () => {
    expect(refusal(() => parseQde(readFileSync(join(FIXTURES, 'xxe.qde'), 'utf8'), 'xxe.qde'))).toMatch(
      /DOCTYPE or ENTITY/,
    );
    expect(
      refusal(() => parseQdc(readFileSync(join(FIXTURES, 'billion-laughs.qdc'), 'utf8'), 'lol.qdc')),
    ).toMatch(/DOCTYPE or ENTITY/);
  });

  it('refuses entry names that climb out of the folder', () => {
    for (const name of ['../../x', 'sources/../../etc/passwd', '/abs.txt', 'C:/x.txt', 'a\\..\\b']) {
      const zip = zipSync({ 'project.qde': strToU8('<Project name="x"/>'), [name]: strToU8('x') });
      expect(refusal(() => readQdpx(zip, 'evil.qdpx'))).toMatch(
        /^evil\.qdpx cannot be imported: the archive contains an unsafe path/,
      );
    }
  });

  it('refuses zip bombs and oversized archives', () => {
    const bomb = zipSync(
      { 'project.qde': strToU8('<Project name="x"/>'), 'sources/a.txt': new Uint8Array(20 * 1024 * 1024) },
      { level: 9 },
    );
    expect(refusal(() => readQdpx(bomb, 'bomb.qdpx'))).toMatch(/packed suspiciously tightly/);
    const many = zipSync(
      { 'project.qde': strToU8('<Project name="x"/>'), 'b.txt': strToU8('x'.repeat(1000)) },
      { level: 0 },
    );
    expect(
      refusal(() => readQdpx(many, 'big.qdpx', { ...DEFAULT_QDPX_LIMITS, maxUnpackedBytes: 500 })),
    ).toMatch(/unpacks to more than/);
    expect(refusal(() => readQdpx(strToU8('not a zip'), 'x.qdpx'))).toMatch(/not a readable zip archive/);
    expect(refusal(() => readQdpx(zipSync({ 'a.txt': strToU8('x') }), 'x.qdpx'))).toMatch(/no project\.qde/);
  });
});
