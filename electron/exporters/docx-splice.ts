// Replaces a marker paragraph in a packed .docx with prepared WordprocessingML, re-zipping off the main thread.
import { strFromU8, strToU8, unzipSync, zip } from 'fflate';

export const BODY_MARKER = 'REMISSKOD-BODY-MARKER';

function zipAsync(files: Record<string, Uint8Array>): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    zip(files, { level: 6 }, (error, data) => (error ? reject(error) : resolve(data))),
  );
}

/** The paragraph whose text is BODY_MARKER is replaced by `bodyXml` (zero or more <w:p>/<w:tbl>). */
export async function spliceDocxBody(docx: Uint8Array, bodyXml: string): Promise<Buffer> {
  const files = unzipSync(docx);
  const xml = strFromU8(files['word/document.xml']!);
  const at = xml.indexOf(BODY_MARKER);
  if (at < 0) throw new Error('Word export: body marker missing from document.xml');
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  files['word/document.xml'] = strToU8(xml.slice(0, start) + bodyXml + xml.slice(end));
  return Buffer.from(await zipAsync(files));
}
