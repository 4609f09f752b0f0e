/**
 * The `breakdown` process: what bin/breakdown.cjs runs (compiled ahead of time into lib/cli.cjs by
 * scripts/build-cli.cjs). main() does the work; this module ties it to the process:
 * - SIGINT (Ctrl+C), SIGTERM and SIGHUP stop the program before it writes: the temporary file being written
 *   is removed, nothing is renamed into place, one line says so; exit status 128 + the signal's number.
 * - A closed pipe on standard output (`breakdown check t.xlsx --json | head -c 10`) ends it quietly, with no
 *   stack trace, status 141 (as a shell shows for a program ended by SIGPIPE).
 * - Under `npm run cli`, relative paths mean the directory npm was run from (INIT_CWD).
 */
import * as fs from "node:fs";
import * as readline from "node:readline";
import { main } from "./main";
import { abortWrites } from "./output";
import { langArg } from "./args";
import { strings } from "../strings";
import { useInflater } from "../workbook/zip/read";
import { useGzip } from "../workbook/zip/write";
import { nodeGzip, nodeInflate } from "./node-zlib";
import type { CliIO } from "./io";

const SIGNAL_STATUS: Record<string, number> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };
const EPIPE_STATUS = 141;

export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stdinLines: () => readline.createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
}

/** Stop now: no file is written or left half-written; `message` (if any) as the last line on standard error. */
function stop(status: number, message?: string): never {
  abortWrites();
  if (message) {
    try {
      fs.writeSync(2, message + "\n");
    } catch {
      /* standard error is gone too */
    }
  }
  process.exit(status);
}

export function runProgram(argv: string[] = process.argv.slice(2)): void {
  // `npm run cli -- check table.xlsx` runs in the package root; relative paths mean the user's directory.
  if (process.env.npm_lifecycle_event === "cli" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  const t = strings(langArg(argv)).fileIO;
  useGzip(nodeGzip);
  useInflater(nodeInflate);
  for (const signal of Object.keys(SIGNAL_STATUS) as NodeJS.Signals[])
    process.on(signal, () => stop(SIGNAL_STATUS[signal], t.interrupted));
  process.stdout.on("error", (err: NodeJS.ErrnoException) => stop(err.code === "EPIPE" ? EPIPE_STATUS : 2));
  process.stderr.on("error", () => stop(EPIPE_STATUS));
  main(argv, processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
