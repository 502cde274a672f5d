// Writes and reads REFI-QDA .qdpx archives (project.qde + sources/), refusing zip bombs and unsafe paths.
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { ProjectSnapshot } from '../../shared/domain/project-snapshot';
import type { Stance } from '../../shared/domain/types';
import { FileFormatError } from '../../shared/formats/format-error';
import { buildQde } from '../../shared/formats/refi-qda/build-qde';
import { parseQde } from '../../shared/formats/refi-qda/parse-qde';
import type { RefiProject } from '../../shared/formats/refi-qda/refi-types';
import { refiToProject, type RefiImport } from '../../shared/formats/refi-qda/to-project';

export interface QdpxLimits {
  /** Largest archive accepted (bytes). */
  maxArchiveBytes: number;
  maxEntries: number;
  /** Largest total of the entries' unpacked sizes (bytes). */
  maxUnpackedBytes: number;
  /** Largest unpacked/packed ratio of one entry. */
  maxRatio: number;
}

export const DEFAULT_QDPX_LIMITS: QdpxLimits = {
  maxArchiveBytes: 500 * 1024 * 1024,
  maxEntries: 20_000,
  maxUnpackedBytes: 1024 * 1024 * 1024,
  maxRatio: 200,
};

/** The .qdpx of a project: project.qde and one UTF-8 text file per document under sources/. */
export function writeQdpx(snapshot: ProjectSnapshot, now: string): Uint8Array {
  const { xml, sources } = buildQde(snapshot, { now });
  const files: Zippable = { 'project.qde': strToU8(xml) };
  for (const source of sources) files[source.path] = strToU8(source.text);
  return zipSync(files, { level: 6 });
}

/** True when an entry name could point outside the archive's folder once unpacked. */
export function isUnsafeEntryName(name: string): boolean {
  return (
    name.length === 0 ||
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..')
  );
}

/** Decodes a text file: UTF-8 (BOM dropped), or UTF-16 when it starts with a UTF-16 BOM. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

export interface QdpxContents {
  project: RefiProject;
  /** Names of all entries in the archive. */
  entries: string[];
  /** Bytes of an entry (e.g. a .docx source to convert), or null. */
  readFile(path: string): Uint8Array | null;
  /** Text of an entry, or null. */
  readText(path: string): string | null;
}

/** Opens a .qdpx; throws FileFormatError (naming the file) for a damaged, unsafe or oversized archive. */
export function readQdpx(
  data: Uint8Array,
  fileName: string,
  limits: QdpxLimits = DEFAULT_QDPX_LIMITS,
): QdpxContents {
  if (data.length > limits.maxArchiveBytes)
    throw new FileFormatError(
      fileName,
      `the archive is larger than ${Math.round(limits.maxArchiveBytes / 1048576)} MB`,
    );
  let entries = 0;
  let unpacked = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(data, {
      filter: (file) => {
        entries += 1;
        unpacked += file.originalSize;
        if (isUnsafeEntryName(file.name))
          throw new FileFormatError(fileName, `the archive contains an unsafe path "${file.name}"`);
        if (entries > limits.maxEntries)
          throw new FileFormatError(fileName, `the archive has more than ${limits.maxEntries} files`);
        if (unpacked > limits.maxUnpackedBytes)
          throw new FileFormatError(
            fileName,
            `the archive unpacks to more than ${Math.round(limits.maxUnpackedBytes / 1048576)} MB`,
          );
        if (file.originalSize > Math.max(file.size, 1) * limits.maxRatio)
          throw new FileFormatError(fileName, `"${file.name}" is packed suspiciously tightly (a zip bomb?)`);
        return !file.name.endsWith('/');
      },
    });
  } catch (error) {
    if (error instanceof FileFormatError) throw error;
    throw new FileFormatError(
      fileName,
      `it is not a readable zip archive (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const names = Object.keys(files);
  const qdeName =
    names.find((n) => n.toLowerCase() === 'project.qde') ??
    names.find((n) => n.toLowerCase().endsWith('.qde') && !n.includes('/'));
  if (!qdeName) throw new FileFormatError(fileName, 'the archive has no project.qde');
  const project = parseQde(decodeText(files[qdeName]!), fileName);
  const lookup = new Map(names.map((n) => [n.toLowerCase(), n]));
  const readFile = (path: string): Uint8Array | null => {
    const name = files[path] ? path : lookup.get(path.toLowerCase());
    return name ? (files[name] ?? null) : null;
  };
  return {
    project,
    entries: names,
    readFile,
    readText: (path) => {
      const bytes = readFile(path);
      return bytes ? decodeText(bytes) : null;
    },
  };
}

/** Opens a .qdpx and maps it to Remisskod documents, codes, coders and annotations. */
export function importQdpx(
  data: Uint8Array,
  fileName: string,
  stances: readonly Stance[],
  now: string,
): RefiImport & { contents: QdpxContents } {
  const contents = readQdpx(data, fileName);
  return { ...refiToProject(contents.project, contents.readText, stances, now), contents };
}
