// Feeds malformed and hostile annotation files, codebooks and REFI-QDA files to their parsers: clean refusals only.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/api-error';
import { parseAnnotationFile } from '../../shared/formats/annotation-file';
import { CodebookFormatError, parseCodebookJson } from '../../shared/formats/codebook/codebook-json';
import { parseQdc, parseQde } from '../../shared/formats/refi-qda';
import { makeZip } from '../importers/fixtures/make-zip';
import { readQdpx } from '../sharing/qdpx';
import { BILLION_LAUGHS, bombText, externalEntity } from './hostile-zips';
import { recordOutcome, writeOutcomeReport } from './outcome-report';

const TIME_LIMIT_MS = 5_000;
const FIXTURES = path.resolve(__dirname, '../sharing/fixtures');

interface Case {
  name: string;
  what: string;
  run: () => unknown;
}

afterAll(() => writeOutcomeReport('hostile-parsers'));

/** Runs one case: it must throw a readable error naming the file, quickly, and nothing else. */
function expectCleanRefusal(suite: string, c: Case): void {
  const started = Date.now();
  let caught: unknown = null;
  try {
    c.run();
  } catch (error) {
    caught = error;
  }
  const ms = Date.now() - started;
  const message = caught instanceof Error ? caught.message : String(caught);
  recordOutcome('hostile-parsers', {
    input: `${suite} ${c.name}: ${c.what}`,
    result: caught
      ? `refused (${(caught as ApiError).code ?? (caught as Error).name}): ${message}`
      : 'accepted',
    ms,
  });
  expect(caught, `${c.name} was accepted`).not.toBeNull();
  expect(caught instanceof ApiError || caught instanceof CodebookFormatError, message).toBe(true);
  expect(message).toContain(c.name);
  expect(ms).toBeLessThan(TIME_LIMIT_MS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const deepJson = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepXml = (depth: number, root: string) =>
  `<${root}>${'<Code guid="x" name="n" isCodable="true">'.repeat(depth)}${'</Code>'.repeat(depth)}</${root}>`;

const annotationHeader = '"format":"remisskod-annotations"';
const JSON_CASES = (parse: (text: string, name: string) => unknown, format: string): Case[] => [
  { name: 'tom.json', what: 'an empty file', run: () => parse('', 'tom.json') },
  {
    name: 'avbruten.json',
    what: 'JSON cut off',
    run: () => parse(`{"format":"${format}","version":1,"co`, 'avbruten.json'),
  },
  { name: 'null.json', what: 'the JSON value null', run: () => parse('null', 'null.json') },
  { name: 'lista.json', what: 'a JSON array', run: () => parse('[1,2,3]', 'lista.json') },
  {
    name: 'annat.json',
    what: 'JSON of another program',
    run: () => parse('{"name":"package","version":"1.0.0"}', 'annat.json'),
  },
  {
    name: 'framtid.json',
    what: 'schema version 99',
    run: () => parse(`{"format":"${format}","version":99}`, 'framtid.json'),
  },
  {
    name: 'versionstext.json',
    what: 'version given as a string',
    run: () => parse(`{"format":"${format}","version":"1"}`, 'versionstext.json'),
  },
  { name: 'djup.json', what: '100 000 nested arrays', run: () => parse(deepJson(100_000), 'djup.json') },
  {
    name: 'proto.json',
    what: '__proto__ keys (prototype pollution)',
    run: () =>
      parse(
        `{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"format":"${format}","version":1}`,
        'proto.json',
      ),
  },
  {
    name: 'surrogat.json',
    what: 'lone UTF-16 surrogates and U+FFFD from invalid UTF-8',
    run: () => parse(`{"format":"${format}\\ud800","version":1,"x":"\ufffd\ufffd"}`, 'surrogat.json'),
  },
  {
    name: 'stor.json',
    what: '30 MB of whitespace and one string',
    run: () => parse(`${' '.repeat(30_000_000)}"x"`, 'stor.json'),
  },
];

describe('annotation-file parser', () => {
  const cases: Case[] = [
    ...JSON_CASES(parseAnnotationFile, 'remisskod-annotations'),
    {
      name: 'fel-typer.json',
      what: 'right header, annotations is a string',
      run: () => parseAnnotationFile(`{${annotationHeader},"version":1,"annotations":"x"}`, 'fel-typer.json'),
    },
  ];
  for (const c of cases) it(`${c.what} (${c.name})`, () => expectCleanRefusal('annotation file', c));
});

describe('codebook JSON parser', () => {
  const head = '"format":"remisskod-codebook","version":1';
  const cases: Case[] = [
    ...JSON_CASES(parseCodebookJson, 'remisskod-codebook'),
    {
      name: 'dubbel.json',
      what: 'two codes with the same id',
      run: () =>
        parseCodebookJson(`{${head},"codes":[{"id":"a","title":"A"},{"id":"a","title":"B"}]}`, 'dubbel.json'),
    },
    {
      name: 'foralder.json',
      what: 'a parent that does not exist',
      run: () =>
        parseCodebookJson(`{${head},"codes":[{"id":"a","title":"A","parentId":"zz"}]}`, 'foralder.json'),
    },
  ];
  for (const c of cases) it(`${c.what} (${c.name})`, () => expectCleanRefusal('codebook', c));
});

describe('REFI-QDA parsers (.qdc, .qde)', () => {
  const cases: Case[] = [
    {
      name: 'skratt.qdc',
      what: 'billion-laughs codebook (fixture)',
      run: () => parseQdc(fs.readFileSync(path.join(FIXTURES, 'billion-laughs.qdc'), 'utf8'), 'skratt.qdc'),
    },
    {
      name: 'xxe.qde',
      what: 'project with an external entity (fixture)',
      run: () => parseQde(fs.readFileSync(path.join(FIXTURES, 'xxe.qde'), 'utf8'), 'xxe.qde'),
    },
    {
      name: 'xxe.qdc',
      what: 'codebook with an external entity',
      run: () =>
        parseQdc(
          `${externalEntity('<CodeBook><Codes><Code guid="a" name="&xxe;" isCodable="true"/></Codes></CodeBook>')}`,
          'xxe.qdc',
        ),
    },
    { name: 'tom.qdc', what: 'an empty file', run: () => parseQdc('', 'tom.qdc') },
    {
      name: 'ostangd.qdc',
      what: 'unclosed elements',
      run: () => parseQdc('<CodeBook><Codes><Code guid="a"', 'ostangd.qdc'),
    },
    {
      name: 'djup.qdc',
      what: '10 000 nested codes',
      run: () => parseQdc(deepXml(10_000, 'CodeBook'), 'djup.qdc'),
    },
    {
      name: 'html.qde',
      what: 'an HTML page named .qde',
      run: () => parseQde('<html><body><script>alert(1)</script></body></html>', 'html.qde'),
    },
    {
      name: 'kodbok.qde',
      what: 'a codebook where a project is expected',
      run: () => parseQde('<CodeBook><Codes/></CodeBook>', 'kodbok.qde'),
    },
  ];
  for (const c of cases) it(`${c.what} (${c.name})`, () => expectCleanRefusal('REFI-QDA', c));
});

describe('QDPX archive reader', () => {
  const qde = '<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="p"/>';
  const cases: Case[] = [
    {
      name: 'inte-zip.qdpx',
      what: 'not a zip at all',
      run: () => readQdpx(Buffer.from('hej hej'), 'inte-zip.qdpx'),
    },
    {
      name: 'avbruten.qdpx',
      what: 'a zip cut off half-way',
      run: () => {
        const z = makeZip([{ name: 'project.qde', data: qde.repeat(200) }]);
        return readQdpx(z.subarray(0, z.length >> 1), 'avbruten.qdpx');
      },
    },
    {
      name: 'utan-qde.qdpx',
      what: 'a zip without project.qde',
      run: () => readQdpx(makeZip([{ name: 'sources/a.txt', data: 'x' }]), 'utan-qde.qdpx'),
    },
    {
      name: 'stig.qdpx',
      what: 'an entry named ../../x',
      run: () =>
        readQdpx(
          makeZip([
            { name: 'project.qde', data: qde },
            { name: '../../x', data: 'utbrytning' },
          ]),
          'stig.qdpx',
        ),
    },
    {
      name: 'absolut.qdpx',
      what: 'an entry named /etc/passwd',
      run: () =>
        readQdpx(
          makeZip([
            { name: 'project.qde', data: qde },
            { name: '/etc/passwd', data: 'root' },
          ]),
          'absolut.qdpx',
        ),
    },
    {
      name: 'windows.qdpx',
      what: 'an entry named C:\\Windows\\x',
      run: () =>
        readQdpx(
          makeZip([
            { name: 'project.qde', data: qde },
            { name: 'C:\\Windows\\x', data: 'x' },
          ]),
          'windows.qdpx',
        ),
    },
    {
      name: 'bomb.qdpx',
      what: 'a source that unpacks 50 MB at ≈1000:1',
      run: () =>
        readQdpx(
          makeZip([
            { name: 'project.qde', data: qde },
            { name: 'sources/a.txt', data: bombText() },
          ]),
          'bomb.qdpx',
        ),
    },
    {
      name: 'skratt.qdpx',
      what: 'billion laughs in project.qde',
      run: () =>
        readQdpx(
          makeZip([{ name: 'project.qde', data: `${BILLION_LAUGHS}<Project name="&lol9;"/>` }]),
          'skratt.qdpx',
        ),
    },
    {
      name: 'xxe.qdpx',
      what: 'an external entity in project.qde',
      run: () =>
        readQdpx(
          makeZip([{ name: 'project.qde', data: externalEntity('<Project name="&xxe;"/>') }]),
          'xxe.qdpx',
        ),
    },
    {
      name: 'manga.qdpx',
      what: 'more entries than the limit',
      run: () =>
        readQdpx(
          makeZip(Array.from({ length: 60 }, (_, i) => ({ name: `s/${i}.txt`, data: 'x' }))),
          'manga.qdpx',
          { maxArchiveBytes: 1e9, maxEntries: 50, maxUnpackedBytes: 1e9, maxRatio: 200 },
        ),
    },
  ];
  for (const c of cases) it(`${c.what} (${c.name})`, () => expectCleanRefusal('QDPX', c));

  it('an entry whose header claims 10 bytes for 50 MB unpacks no more than it claims (ljuger.qdpx)', () => {
    const zip = makeZip([
      { name: 'project.qde', data: qde },
      { name: 'sources/a.txt', data: bombText(), declaredSize: 10 },
    ]);
    const contents = readQdpx(zip, 'ljuger.qdpx');
    expect(contents.readFile('sources/a.txt')!.length).toBeLessThanOrEqual(10);
    recordOutcome('hostile-parsers', {
      input: 'QDPX ljuger.qdpx: an entry whose header claims 10 bytes for 50 MB',
      result: 'read, but unpacking stops at the claimed 10 bytes (no memory blow-up)',
      ms: 0,
    });
  });
});

describe('codebook import service', () => {
  it("refuses codes that are each other's parents and writes nothing (cykel.json)", async () => {
    const { makeProject } = await import('../core/test-support/make-project');
    const { importCodebook } = await import('../core/services/codebook-import');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'remisskod-cycle-'));
    const { session } = await makeProject(dir);
    const before = session.db.prepare('SELECT * FROM codes ORDER BY id').all();
    const text = `{"format":"remisskod-codebook","version":1,"codes":[{"id":"a","title":"A","parentId":"b"},{"id":"b","title":"B","parentId":"a"}]}`;
    expect(() => importCodebook(session.db, 'cykel.json', text, 'append')).toThrow(ApiError);
    expect(session.db.prepare('SELECT * FROM codes ORDER BY id').all()).toEqual(before);
    session.close();
    fs.rmSync(dir, { recursive: true, force: true });
    recordOutcome('hostile-parsers', {
      input: "codebook cykel.json: codes that are each other's parents",
      result:
        'parser accepts it; the import service refuses it (ApiError "The codebook has a cycle", no file name) and writes nothing',
      ms: 0,
    });
  });
});
