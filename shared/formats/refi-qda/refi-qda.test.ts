import { describe, expect, it } from 'vitest';
import { DEFAULT_STANCES } from '../../domain/default-stances';
import { sampleSnapshot } from '../../sharing/sample-snapshot';
import { FileFormatError } from '../format-error';
import { buildQde } from './build-qde';
import { buildQdc } from './build-qdc';
import { parseQde } from './parse-qde';
import { parseQdc } from './parse-qdc';
import { positionMap, toLf } from './positions';
import { refiToProject } from './to-project';

const NOW = '2025-03-01T12:00:00.000Z';

describe('positions', () => {
  it('counts an emoji as one REFI character and two UTF-16 units', () => {
    const text = 'a😀b🇸🇪c';
    const map = positionMap(text);
    expect(map.codePointLength).toBe(6); // a, 😀, b, 🇸, 🇪, c
    expect(map.toCodePoints(3)).toBe(2); // "b" is UTF-16 offset 3, code point 2
    expect(map.toUtf16(2)).toBe(3);
    expect(map.toUtf16(map.toCodePoints(text.length))).toBe(text.length);
  });

  it('maps CRLF text offsets to LF text offsets', () => {
    const lf = toLf('ab\r\ncd\r\n');
    expect(lf.text).toBe('ab\ncd\n');
    expect(lf.offset(4)).toBe(3); // "c"
  });
});

describe('REFI-QDA project round trip', () => {
  const snapshot = sampleSnapshot();
  const { xml } = buildQde(snapshot, { now: NOW, inlineText: true });
  const project = parseQde(xml, 'project.qde');
  const imported = refiToProject(project, () => null, DEFAULT_STANCES, NOW);

  it('writes stances as child codes of each proposal', () => {
    const lagkrav = project.codes.find((c) => c.name.startsWith('4.1.1 '))!;
    const children = project.codes.filter((c) => c.parentGuid === lagkrav.guid).map((c) => c.name);
    expect(children).toEqual(DEFAULT_STANCES.map((s) => s.labelSv));
  });

  it('brings back every passage with its proposal, stance, comment and coder', () => {
    const byDoc = new Map(imported.documents.map((d) => [d.id, d]));
    const summary = imported.annotations
      .map((a) => ({
        text: byDoc.get(a.documentId)!.text.slice(a.start, a.end),
        tags: a.tags.map(
          (t) =>
            `${imported.codes.find((c) => c.id === t.codeId)!.section || imported.codes.find((c) => c.id === t.codeId)!.title}/${t.stanceId}`,
        ),
        comment: a.comment,
        coder: imported.coders.find((c) => c.id === a.coderId)!.name,
      }))
      .sort((x, y) => x.text.localeCompare(y.text));
    const expected = snapshot.annotations
      .map((a) => ({
        text: a.exact,
        tags: a.tags.map((t) => {
          const code = snapshot.codes.find((c) => c.id === t.codeId)!;
          return `${code.section || code.title}/${t.stanceId}`;
        }),
        comment: a.comment,
        coder: snapshot.coders.find((c) => c.id === a.coderId)!.name,
      }))
      .sort((x, y) => x.text.localeCompare(y.text));
    expect(summary).toEqual(expected);
  });

  it('keeps positions exact around emoji and the document metadata', () => {
    const emoji = imported.annotations.find((a) => a.exact === 'inga synpunkter 😀')!;
    const original = snapshot.annotations.find((a) => a.id === 'ann-3')!;
    expect([emoji.start, emoji.end]).toEqual([original.start, original.end]);
    expect(imported.documents.map((d) => [d.respondent, d.fileName, d.respondentType, d.date])).toEqual([
      ['Kalmar kommun', 'kalmar-kommun.pdf', 'kommun', '2025-01-15'],
      ['Lerums kommun', 'lerums-kommun.pdf', 'kommun', '2025-01-15'],
    ]);
    expect(imported.codes.find((c) => c.section === '4.1.1')).toMatchObject({
      title: 'Lagkrav på tillgång till medicinsk bedömning dygnet runt',
      kind: 'forslag',
      colour: '#1f77b4',
    });
  });

  it('gives the same GUIDs on every export', () => {
    expect(buildQde(snapshot, { now: NOW, inlineText: true }).xml).toBe(xml);
  });
});

describe('REFI-QDA reading refuses unsafe or broken XML', () => {
  const reason = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(FileFormatError);
      return (e as FileFormatError).message;
    }
    throw new Error('accepted');
  };

  it('refuses DOCTYPE and ENTITY declarations (XXE, billion laughs)', () => {
    expect(
      reason(() =>
        parseQde(
          '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project name="&x;"/>',
          'evil.qde',
        ),
      ),
    ).toMatch(/^evil\.qde cannot be imported: .*DOCTYPE or ENTITY/);
    expect(
      reason(() =>
        parseQdc(
          '<CodeBook><Codes><Code guid="g" name="&lol;" isCodable="true"/></Codes></CodeBook>',
          'x.qdc',
        ),
      ),
    ).toMatch(/entity "&lol;" is not allowed/);
  });

  it('names broken structure', () => {
    expect(reason(() => parseQde('<Project name="x"><Users></Project>', 'a.qde'))).toMatch(
      /<\/Project> does not close the open element <Users>/,
    );
    expect(reason(() => parseQde('<CodeBook/>', 'a.qde'))).toMatch(/not a REFI-QDA project/);
    expect(
      reason(() =>
        parseQde(
          '<Project name="x"><Sources><TextSource guid="g"><PlainTextSelection guid="s" startPosition="9" endPosition="2"/></TextSource></Sources></Project>',
          'a.qde',
        ),
      ),
    ).toMatch(/ends \(2\) before it starts \(9\)/);
  });
});

describe('.qdc codebook', () => {
  it('round-trips codes with their hierarchy and stance children', () => {
    const snapshot = sampleSnapshot();
    const codes = parseQdc(buildQdc(snapshot.codes, snapshot.stances), 'codebook.qdc');
    const chapter = codes.find((c) => c.name === '4 Medicinsk kompetens')!;
    expect(codes.filter((c) => c.parentGuid === chapter.guid).map((c) => c.name)).toEqual([
      '4.1.1 Lagkrav på tillgång till medicinsk bedömning dygnet runt',
      '4.6 Ledningsansvarig med medicinsk kompetens i kommunen',
    ]);
    expect(codes.find((c) => c.name.startsWith('4.1.1'))!.description).toBe(
      'Läkare via regionen, sjuksköterska via kommunen.',
    );
  });
});
