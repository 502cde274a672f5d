import { describe, expect, it } from 'vitest';
import { makeDocx } from './fixtures/make-docx';
import { makePdf } from './fixtures/make-pdf';
import { makeZip } from './fixtures/make-zip';
import { ImportError, importFileBytes, type ImportErrorCode, type ImportOptions } from './import-file';

async function refusal(fileName: string, bytes: Uint8Array, options?: ImportOptions): Promise<ImportError> {
  try {
    await importFileBytes(fileName, bytes, options);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error(`${fileName} was imported but should have been refused`);
}

async function expectRefused(
  code: ImportErrorCode,
  fileName: string,
  bytes: Uint8Array,
  options?: ImportOptions,
): Promise<void> {
  const error = await refusal(fileName, bytes, options);
  expect(error.code).toBe(code);
  expect(error.fileName).toBe(fileName);
  expect(error.message).toContain(fileName);
}

const LETTER = [
  'Yttrande',
  '',
  'Kalmar kommun stödjer utredningens förslag om tillgång till medicinsk bedömning dygnet runt.',
];
const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>';

describe('files the importer refuses, with a code and the file name', () => {
  it('an unknown format', async () => {
    await expectRefused('unsupported_format', 'svar.xls', new Uint8Array([1, 2, 3]));
  });

  it('an empty file, and a text file with only whitespace', async () => {
    await expectRefused('empty_file', 'svar.txt', new Uint8Array());
    await expectRefused('empty_file', 'svar.txt', new TextEncoder().encode(' \n \n\t'));
  });

  it('a file over the size limit', async () => {
    await expectRefused(
      'file_too_large',
      'svar.txt',
      new TextEncoder().encode('Kalmar kommun tillstyrker.'),
      { limits: { maxBytes: 10 } },
    );
  });

  it('binary junk named .txt', async () => {
    await expectRefused(
      'corrupt_file',
      'svar.txt',
      new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 256),
    );
  });

  it('a file whose content is not what its name says', async () => {
    await expectRefused('corrupt_file', 'svar.docx', await makePdf(LETTER));
    await expectRefused('corrupt_file', 'svar.pdf', new TextEncoder().encode('Kalmar kommun tillstyrker.'));
  });

  it('a damaged PDF', async () => {
    await expectRefused(
      'corrupt_file',
      'svar.pdf',
      new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage without xref\n'),
    );
  });

  it('a password-protected PDF', async () => {
    await expectRefused('encrypted_pdf', 'hemlig.pdf', await makePdf(LETTER, { userPassword: 'hemligt' }));
  });

  it('a scanned PDF without a text layer', async () => {
    await expectRefused(
      'no_text_layer',
      'skannad.pdf',
      await makePdf([...LETTER, ...LETTER], { noText: true }),
    );
  });

  it('a zip bomb posing as DOCX (extreme compression ratio)', async () => {
    const bomb = makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'word/document.xml', data: new Uint8Array(60 * 1024 * 1024) },
    ]);
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    await expectRefused('decompression_limit', 'bomb.docx', bomb);
  });

  it('a DOCX whose part unpacks beyond the size it declares', async () => {
    const liar = makeZip([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      {
        name: 'word/document.xml',
        data: `<w:document>${'<w:p/>'.repeat(50_000)}</w:document>`,
        declaredSize: 1000,
      },
    ]);
    await expectRefused('decompression_limit', 'liar.docx', liar);
  });

  it('a zip with more entries than a document has', async () => {
    const docx = await makeDocx([{ type: 'paragraph', text: LETTER[2]! }]);
    await expectRefused('too_many_entries', 'svar.docx', docx, { limits: { maxZipEntries: 3 } });
  });

  it('DOCX and ODT with DTD or entity declarations (billion laughs, XXE)', async () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><w:document>&lol2;</w:document>';
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><office:document-content>&x;</office:document-content>';
    await expectRefused(
      'corrupt_file',
      'lol.docx',
      makeZip([
        { name: '[Content_Types].xml', data: CONTENT_TYPES },
        { name: 'word/document.xml', data: laughs },
      ]),
    );
    await expectRefused(
      'corrupt_file',
      'xxe.odt',
      makeZip([
        { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
        { name: 'content.xml', data: xxe },
      ]),
    );
  });
});
