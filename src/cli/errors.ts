/** A usage or configuration error reported to the user without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The exit code of a store that cannot be written or read (full disk, read-only, locked, damaged). */
export const STORE_PROBLEM_EXIT = 3;
