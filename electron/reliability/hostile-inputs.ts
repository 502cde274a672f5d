// The corpus of hostile and malformed files fed to every importer, each with the refusals that count as clean.
import { makePdf } from '../importers/fixtures/make-pdf';
import { makeZip } from '../importers/fixtures/make-zip';
import {
  pdfHeaderThenGarbage,
  pdfWithLoopingPageTree,
  pdfWithLoopingXref,
  pdfWithParentCycle,
  pdfWithSelfReferentialLength,
} from './hostile-pdfs';
import { BILLION_LAUGHS, bombText, docx, docxBody, externalEntity, odt, odtBody } from './hostile-zips';

export interface HostileFile {
  name: string;
  what: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  /** Refusal codes that count as a clean answer; 'imported-safely' when reading it harmlessly is fine too. */
  expect: readonly string[];
}

const LINES = [
  'Yttrande över betänkandet SOU 2024:72',
  '',
  'Kommunen tillstyrker förslaget i avsnitt 4.1.1.',
];
const para = (text: string) => `<w:p><w:r><w:t>${text}</w:t></w:r></w:p>`;
const odtPara = (text: string) => `<text:p>${text}</text:p>`;

async function truncated(make: () => Promise<Uint8Array>, keep: number): Promise<Uint8Array> {
  const bytes = await make();
  return bytes.subarray(0, Math.floor(bytes.length * keep));
}

export const HOSTILE_IMPORTS: readonly HostileFile[] = [
  // PDF
  {
    name: 'avbruten.pdf',
    what: 'PDF cut off at 60 %',
    bytes: () => truncated(() => makePdf(LINES), 0.6),
    expect: ['corrupt_file'],
  },
  {
    name: 'krypterad.pdf',
    what: 'PDF encrypted with a user password',
    bytes: () => makePdf(LINES, { userPassword: 'hemligt' }),
    expect: ['encrypted_pdf'],
  },
  {
    name: 'sidtrad-slinga.pdf',
    what: 'PDF whose page tree contains itself',
    bytes: pdfWithLoopingPageTree,
    expect: ['corrupt_file', 'no_text_layer', 'timeout'],
  },
  {
    name: 'xref-slinga.pdf',
    what: 'PDF whose xref /Prev chain points at itself',
    bytes: pdfWithLoopingXref,
    expect: ['corrupt_file', 'no_text_layer', 'imported-safely'],
  },
  {
    name: 'langd-sjalv.pdf',
    what: 'PDF stream whose /Length refers to itself',
    bytes: pdfWithSelfReferentialLength,
    expect: ['corrupt_file', 'no_text_layer', 'imported-safely'],
  },
  {
    name: 'foralder-cykel.pdf',
    what: 'PDF page whose parent chain is a cycle',
    bytes: pdfWithParentCycle,
    expect: ['corrupt_file', 'no_text_layer', 'imported-safely'],
  },
  {
    name: 'brus.pdf',
    what: 'PDF header followed by noise',
    bytes: pdfHeaderThenGarbage,
    expect: ['corrupt_file'],
  },
  {
    name: 'skannad.pdf',
    what: 'PDF with pages but no text layer (a scan)',
    bytes: () => makePdf(LINES, { noText: true }),
    expect: ['no_text_layer'],
  },
  {
    name: 'inte-pdf.pdf',
    what: 'a text file named .pdf',
    bytes: () => Buffer.from('Hej, detta är ingen PDF.'),
    expect: ['corrupt_file'],
  },
  // DOCX
  {
    name: 'miljarder-skratt.docx',
    what: 'DOCX with billion-laughs entities in document.xml',
    bytes: () => docx(`${BILLION_LAUGHS}${docxBody(para('&lol9;'))}`),
    expect: ['corrupt_file'],
  },
  {
    name: 'xxe.docx',
    what: 'DOCX with an external entity (file:///etc/hostname)',
    bytes: () => docx(`${externalEntity('')}${docxBody(para('&xxe;'))}`),
    expect: ['corrupt_file'],
  },
  {
    name: 'zipbomb.docx',
    what: 'DOCX whose document.xml unpacks 50 MB at ≈1000:1',
    bytes: () => docx(docxBody(para(bombText()))),
    expect: ['decompression_limit', 'file_too_large'],
  },
  {
    name: 'ljugande-storlek.docx',
    what: 'DOCX whose header claims 100 bytes for a 5 MB entry',
    bytes: () => docx(docxBody(para(bombText(5))), [], 100),
    expect: ['decompression_limit', 'corrupt_file', 'imported-safely'],
  },
  {
    name: 'stigar.docx',
    what: 'DOCX with entries named ../../x and /etc/passwd',
    bytes: () =>
      docx(docxBody(para('Kommunen tillstyrker.')), [
        { name: '../../x', data: 'utbrytning' },
        { name: '/etc/passwd', data: 'root' },
      ]),
    expect: ['corrupt_file', 'imported-safely'],
  },
  {
    name: 'manga-filer.docx',
    what: 'DOCX with 5 000 entries',
    bytes: () =>
      docx(
        docxBody(para('Text.')),
        Array.from({ length: 5000 }, (_, i) => ({ name: `word/media/f${i}.xml`, data: 'x' })),
      ),
    expect: ['too_many_entries'],
  },
  {
    name: 'avbruten.docx',
    what: 'DOCX cut off half-way',
    bytes: () =>
      truncated(async () => docx(docxBody(para('Kommunen tillstyrker förslaget.'.repeat(200)))), 0.5),
    expect: ['corrupt_file'],
  },
  {
    name: 'tom-zip.docx',
    what: 'a zip without word/document.xml',
    bytes: () => makeZip([{ name: 'hej.txt', data: 'hej' }]),
    expect: ['corrupt_file'],
  },
  {
    name: 'djup-nastling.docx',
    what: 'DOCX with 100 000 nested elements',
    bytes: () => docx(docxBody(`${'<w:p>'.repeat(100_000)}x${'</w:p>'.repeat(100_000)}`)),
    expect: ['corrupt_file', 'decompression_limit', 'imported-safely'],
  },
  // ODT
  {
    name: 'miljarder-skratt.odt',
    what: 'ODT with billion-laughs entities in content.xml',
    bytes: () => odt(`${BILLION_LAUGHS}${odtBody(odtPara('&lol9;'))}`),
    expect: ['corrupt_file'],
  },
  {
    name: 'xxe.odt',
    what: 'ODT with an external entity',
    bytes: () => odt(`${externalEntity('')}${odtBody(odtPara('&xxe;'))}`),
    expect: ['corrupt_file'],
  },
  {
    name: 'zipbomb.odt',
    what: 'ODT whose content.xml unpacks 50 MB at ≈1000:1',
    bytes: () => odt(odtBody(odtPara(bombText()))),
    expect: ['decompression_limit'],
  },
  {
    name: 'stigar.odt',
    what: 'ODT with an entry named ../../x',
    bytes: () => odt(odtBody(odtPara('Kommunen tillstyrker.')), [{ name: '../../x', data: 'utbrytning' }]),
    expect: ['corrupt_file', 'imported-safely'],
  },
  // RTF
  {
    name: 'nastlad.rtf',
    what: 'RTF with 200 000 nested groups',
    bytes: () => Buffer.from(`{\\rtf1 ${'{'.repeat(200_000)}x${'}'.repeat(200_000)}}`),
    expect: ['corrupt_file', 'empty_file', 'imported-safely'],
  },
  {
    name: 'avbruten.rtf',
    what: 'RTF cut off inside a group',
    bytes: () => Buffer.from('{\\rtf1\\ansi {\\b Kommunen tillstyrker'),
    expect: ['corrupt_file', 'imported-safely'],
  },
  {
    name: 'binar.rtf',
    what: 'RTF header followed by binary noise',
    bytes: () =>
      Buffer.concat([
        Buffer.from('{\\rtf1 '),
        Buffer.from(Array.from({ length: 10_000 }, (_, i) => (i * 131) % 256)),
      ]),
    expect: ['corrupt_file', 'empty_file', 'imported-safely'],
  },
  // Text and everything else
  {
    name: 'ogiltig-utf8.txt',
    what: 'text with invalid UTF-8 sequences (lone continuation bytes, overlongs)',
    bytes: () =>
      Buffer.from([
        0x4b, 0x6f, 0x6d, 0x80, 0xbf, 0xc0, 0xaf, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80, 0x20, 0x6a,
        0x61,
      ]),
    expect: ['corrupt_file', 'imported-safely'],
  },
  {
    name: 'nollor.txt',
    what: 'a text file of NUL bytes',
    bytes: () => Buffer.alloc(4096),
    expect: ['corrupt_file', 'empty_file'],
  },
  { name: 'tom.txt', what: 'an empty file', bytes: () => Buffer.alloc(0), expect: ['empty_file'] },
  {
    name: 'jattestor.txt',
    what: 'a 101 MB text file',
    bytes: () => Buffer.alloc(101 * 1024 * 1024, 0x61),
    expect: ['file_too_large'],
  },
  {
    name: 'program.exe',
    what: 'a file of an unknown type',
    bytes: () => Buffer.from('MZ\x90\x00'),
    expect: ['unsupported_format'],
  },
  {
    name: '../../utanfor.txt',
    what: 'a file name that climbs out of its folder',
    bytes: () => Buffer.from('Kommunen tillstyrker.'),
    expect: ['imported-safely'],
  },
];
