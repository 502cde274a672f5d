// Limits and switches of an import, with the defaults a desk officer's batch needs.

export interface ImportLimits {
  /** Largest file accepted, in bytes (default 100 MB). */
  maxBytes: number;
  /** Longest a parse may take in the worker before it is stopped, in ms (default 60 s). */
  timeoutMs: number;
  /** Most entries a DOCX/ODT zip may have (default 2 000). */
  maxZipEntries: number;
  /** Most bytes all entries of a zip may unpack to (default 300 MB). */
  maxUnpackedBytes: number;
  /** Highest unpacked/packed ratio of a single zip entry larger than 1 MB unpacked (default 200). */
  maxCompressionRatio: number;
  /** Most pages read from a PDF (default 2 000). */
  maxPdfPages: number;
}

export interface ImportOptions {
  limits?: Partial<ImportLimits>;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 100 * 1024 * 1024,
  timeoutMs: 60_000,
  maxZipEntries: 2_000,
  maxUnpackedBytes: 300 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxPdfPages: 2_000,
};

export function resolveLimits(options?: ImportOptions): ImportLimits {
  return { ...DEFAULT_LIMITS, ...(options?.limits ?? {}) };
}
