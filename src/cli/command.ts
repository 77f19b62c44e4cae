/** A CLI command: a thin wrapper that parses its arguments and calls the engine. */
export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  /** Resolves to the process exit code. */
  readonly run: (args: readonly string[]) => Promise<number>;
}
