// Hostile office archives: zip bombs, DTD tricks (billion laughs, external entities) and unsafe entry names.
import { makeZip, type ZipFixtureEntry } from '../importers/fixtures/make-zip';

export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>`;

/** A marker that only appears if an external entity was resolved. */
export const XXE_TARGET = '/etc/hostname';

export function externalEntity(rootOpen: string): string {
  return `<?xml version="1.0"?>\n<!DOCTYPE r [ <!ENTITY xxe SYSTEM "file://${XXE_TARGET}"> ]>\n${rootOpen}`;
}

const DOCX_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const DOCX_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

export function docxBody(paragraphs: string): string {
  return `<w:document ${W}><w:body>${paragraphs}</w:body></w:document>`;
}

/** A minimal DOCX; `declaredSize` makes the zip lie about document.xml's unpacked size. */
export function docx(documentXml: string, extra: ZipFixtureEntry[] = [], declaredSize?: number): Uint8Array {
  return makeZip([
    { name: '[Content_Types].xml', data: DOCX_TYPES },
    { name: '_rels/.rels', data: DOCX_RELS },
    { name: 'word/document.xml', data: documentXml, ...(declaredSize ? { declaredSize } : {}) },
    ...extra,
  ]);
}

const ODT_MANIFEST = `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
const ODT_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';

export function odtBody(paragraphs: string): string {
  return `<office:document-content ${ODT_NS}><office:body><office:text>${paragraphs}</office:text></office:body></office:document-content>`;
}

export function odt(contentXml: string, extra: ZipFixtureEntry[] = []): Uint8Array {
  return makeZip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
    { name: 'META-INF/manifest.xml', data: ODT_MANIFEST },
    { name: 'content.xml', data: contentXml },
    ...extra,
  ]);
}

/** Megabytes of one repeated character: deflates about 1000 : 1, far past any sane ratio. */
export function bombText(megabytes = 50): string {
  return 'a'.repeat(megabytes * 1024 * 1024);
}
