/** What a command needs from the process; tests pass their own. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input, line by line (JSON Lines mode). */
  stdinLines: () => AsyncIterable<string>;
}

/** A user's mistake: printed as one line on standard error, exit status 2. Never a stack trace. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type Command = (argv: string[], io: CliIO) => Promise<number>;
