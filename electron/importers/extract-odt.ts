// OpenDocument text (.odt): content.xml read from the checked zip with a small tag walker.
import type { Extraction } from './extraction';
import { checkOfficeZip } from './check-office-zip';
import { ImportError } from './import-error';
import type { ImportLimits } from './import-options';
import { odtToBlockLines } from './odt-blocks';
import { readZipEntry } from './zip-reader';

export function extractOdt(fileName: string, bytes: Uint8Array, limits: ImportLimits): Extraction {
  const entries = checkOfficeZip(fileName, bytes, limits);
  const content = entries.get('content.xml');
  if (!content) throw new ImportError('corrupt_file', fileName, 'no content.xml');
  const xml = new TextDecoder().decode(readZipEntry(fileName, bytes, content));
  const lines = odtToBlockLines(xml);
  const rawText = lines.map((l) => l.text).join('\n');
  if (rawText.trim() === '') throw new ImportError('empty_file', fileName);
  return { format: 'odt', rawText, lines };
}
