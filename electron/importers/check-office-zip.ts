// Checks a DOCX/ODT zip before any parser sees it: entry count, unpacked sizes, ratios, safe XML.
import { assertSafeXml } from './xml-guard';
import type { ImportLimits } from './import-options';
import { readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader';

/** Inflates every XML part under the limits (so declared sizes cannot lie) and vets its markup. */
export function checkOfficeZip(
  fileName: string,
  bytes: Uint8Array,
  limits: ImportLimits,
): Map<string, ZipEntry> {
  const entries = readZipDirectory(fileName, bytes, limits);
  const decoder = new TextDecoder();
  for (const entry of entries) {
    if (!/\.(xml|rels)$/iu.test(entry.name)) continue;
    assertSafeXml(fileName, entry.name, decoder.decode(readZipEntry(fileName, bytes, entry)));
  }
  return new Map(entries.map((e) => [e.name, e]));
}
