// A guarded zip reader: lists entries from the central directory and inflates them under hard limits.
import { inflateRawSync } from 'node:zlib';
import { ImportError } from './import-error';
import type { ImportLimits } from './import-options';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Reads the central directory; refuses too many entries, too much unpacked data, extreme ratios. */
export function readZipDirectory(fileName: string, bytes: Uint8Array, limits: ImportLimits): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd < 0) throw new ImportError('corrupt_file', fileName, 'zip directory not found');
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === 0xffffffff)
    throw new ImportError('too_many_entries', fileName, 'zip64 archive');
  if (count > limits.maxZipEntries) throw new ImportError('too_many_entries', fileName, `${count} entries`);
  if (offset + size > bytes.byteLength)
    throw new ImportError('corrupt_file', fileName, 'zip directory out of range');
  const entries: ZipEntry[] = [];
  let pos = offset;
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (pos + 46 > bytes.byteLength || view.getUint32(pos, true) !== CENTRAL_SIGNATURE) {
      throw new ImportError('corrupt_file', fileName, 'broken zip directory');
    }
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    const entry: ZipEntry = {
      method: view.getUint16(pos + 10, true),
      compressedSize: view.getUint32(pos + 20, true),
      uncompressedSize: view.getUint32(pos + 24, true),
      localHeaderOffset: view.getUint32(pos + 42, true),
      name: new TextDecoder().decode(bytes.subarray(pos + 46, pos + 46 + nameLength)),
    };
    checkEntry(fileName, entry, limits);
    total += entry.uncompressedSize;
    if (total > limits.maxUnpackedBytes)
      throw new ImportError('decompression_limit', fileName, 'unpacked size over the limit');
    entries.push(entry);
    pos += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function checkEntry(fileName: string, entry: ZipEntry, limits: ImportLimits): void {
  if (entry.uncompressedSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
    throw new ImportError('decompression_limit', fileName, 'zip64 entry');
  }
  if (entry.uncompressedSize > limits.maxUnpackedBytes)
    throw new ImportError('decompression_limit', fileName, entry.name);
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > 1024 * 1024 && ratio > limits.maxCompressionRatio) {
    throw new ImportError('decompression_limit', fileName, `${entry.name} ratio ${Math.round(ratio)}`);
  }
}

function findEndOfCentralDirectory(view: DataView): number {
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  return -1;
}

/** Inflates one entry; stops with decompression_limit as soon as it would exceed its declared size. */
export function readZipEntry(fileName: string, bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const pos = entry.localHeaderOffset;
  if (pos + 30 > bytes.byteLength || view.getUint32(pos, true) !== LOCAL_SIGNATURE) {
    throw new ImportError('corrupt_file', fileName, `bad local header for ${entry.name}`);
  }
  const start = pos + 30 + view.getUint16(pos + 26, true) + view.getUint16(pos + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.byteLength !== entry.compressedSize)
    throw new ImportError('corrupt_file', fileName, `truncated ${entry.name}`);
  if (entry.method === 0) return data;
  if (entry.method !== 8)
    throw new ImportError('corrupt_file', fileName, `unknown compression in ${entry.name}`);
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
  } catch (error) {
    if (error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new ImportError(
        'decompression_limit',
        fileName,
        `${entry.name} unpacks beyond its declared size`,
      );
    }
    throw new ImportError('corrupt_file', fileName, `cannot unpack ${entry.name}`);
  }
}
