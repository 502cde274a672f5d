// The error an import throws when it refuses a file: a stable code, the file's name, a readable message.
import { REFUSAL_MESSAGES, type ImportErrorCode } from '../../shared/text/refusal-messages';

export type { ImportErrorCode } from '../../shared/text/refusal-messages';

export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly fileName: string;

  constructor(code: ImportErrorCode, fileName: string, detail?: string) {
    super(`${fileName}: ${REFUSAL_MESSAGES[code].en}${detail ? ` (${detail})` : ''}`);
    this.name = 'ImportError';
    this.code = code;
    this.fileName = fileName;
  }

  toJSON(): { code: ImportErrorCode; fileName: string; message: string } {
    return { code: this.code, fileName: this.fileName, message: this.message };
  }
}

export function isImportError(value: unknown): value is ImportError {
  return value instanceof ImportError;
}
