// The one error a file reader throws: which file, what is wrong with it, in words for people.
import { ApiError } from '../api/api-error';

/** A file that cannot be read as the format it claims to be; nothing was imported. */
export class FileFormatError extends ApiError {
  readonly fileName: string;
  readonly problem: string;

  constructor(fileName: string, problem: string, code = 'file.invalid') {
    super(code, `${fileName} cannot be imported: ${problem}`, { file: fileName, problem });
    this.name = 'FileFormatError';
    this.fileName = fileName;
    this.problem = problem;
  }
}
