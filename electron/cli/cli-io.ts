// What a CLI command writes to and fails with: injected so tests can run commands in-process.
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A CLI failure with a message for the user and the exit code to return. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
