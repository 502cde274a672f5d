// How much one import may carry: kept apart from the zod contract so the renderer can read them without it.

/** Largest file the app sends for import (the importers' own limit); larger files are refused by name. */
export const IMPORT_MAX_FILE_BYTES = 100 * 1024 * 1024;
/** Most file bytes in one `import:start` request; the renderer splits bigger batches into several jobs. */
export const IMPORT_MAX_REQUEST_BYTES = 100 * 1024 * 1024;
/** Most files in one `import:start` request. */
export const IMPORT_MAX_REQUEST_FILES = 500;
