import { describe, expect, it } from 'vitest';
import { makeZip } from './fixtures/make-zip';
import { importFileBytes } from './import-file';

describe('ODT and RTF', () => {
  it('reads an ODT: headings, list items, paragraphs, and a footnote after its paragraph', async () => {
    const content = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">',
      '<office:body><office:text>',
      '<text:h text:outline-level="1">Remissvar från Umeå kommun</text:h>',
      '<text:p>Umeå kommun tillstyrker<text:s text:c="2"/>förslaget<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Se avsnitt 4.1.1.</text:p></text:note-body></text:note> om läkare &amp; sjuksköterskor.</text:p>',
      '<text:list><text:list-item><text:p>Första synpunkten</text:p></text:list-item><text:list-item><text:p>Andra synpunkten</text:p></text:list-item></text:list>',
      '</office:text></office:body></office:document-content>',
    ].join('');
    const odt = makeZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
      { name: 'content.xml', data: content },
    ]);
    const doc = await importFileBytes('umea.odt', odt);
    expect(doc.blocks.map((b) => [b.type, doc.text.slice(b.start, b.end)])).toEqual([
      ['heading', 'Remissvar från Umeå kommun'],
      ['paragraph', 'Umeå kommun tillstyrker förslaget om läkare & sjuksköterskor.'],
      ['paragraph', 'Se avsnitt 4.1.1.'],
      ['list-item', 'Första synpunkten'],
      ['list-item', 'Andra synpunkten'],
    ]);
    expect(doc).toMatchObject({ respondent: 'Umeå kommun', sourceFormat: 'odt' });
  });

  it('reads an RTF with code-page and Unicode escapes', async () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\info{\title Hemligt}}\f0 Yttrande\par \par V\'e5rd- och omsorgsn\'e4mnden i J\u246?nk\'f6pings kommun st\'e4ller sig positiv.\par}`;
    const doc = await importFileBytes('svar.rtf', new TextEncoder().encode(rtf));
    expect(doc.text).toBe('Yttrande\nVård- och omsorgsnämnden i Jönköpings kommun ställer sig positiv.');
    expect(doc.blocks[0]!.type).toBe('heading');
    expect(doc.text).not.toContain('Hemligt');
    expect(doc.respondent).toBe('Jönköpings kommun');
  });
});
