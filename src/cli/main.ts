#!/usr/bin/env node
/**
 * `breakdown` — the command-line program of ARCHITECTURE.md.
 *   breakdown deadline [--year Y] [PHRASE ...]
 *   breakdown units [--header H] [CELL ...]
 *   breakdown check FILE.xlsx [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [-o OUT.xlsx] [--json]
 *   breakdown import DOC.txt|DOC.docx [--year Y] [-o OUT.xlsx] [--json]
 * Exit status: 0 done, 1 check found errors, 2 bad usage or unreadable file (one line on stderr).
 */
import * as readline from "node:readline";
import { UsageError, type CliIO, type Command } from "./io";
import { strings } from "../strings";

const S = strings("zh-CN").cli.main;

const USAGE = [
  S.usageTitle,
  "  breakdown deadline [--year Y] [PHRASE ...]",
  "  breakdown units [--header H] [CELL ...]",
  "  breakdown check FILE.xlsx [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [-o OUT.xlsx] [--json]",
  "  breakdown import DOC.txt|DOC.docx [--year Y] [-o OUT.xlsx] [--json]",
].join("\n");

/** Commands load lazily: `deadline` must not pay for exceljs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  deadline: async () => (await import("./commands/deadline")).run,
  units: async () => (await import("./commands/units")).run,
  check: async () => (await import("./commands/check")).run,
  import: async () => (await import("./commands/import")).run,
};

export function processIO(): CliIO {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    stdinLines: () => readline.createInterface({ input: process.stdin, crlfDelay: Infinity }),
  };
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "-h" || name === "--help" || name === "help") {
    io.stdout(USAGE + "\n");
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.stderr(S.unknownCommand(name) + "\n");
    return 2;
  }
  try {
    const command = await load();
    return await command(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(err.message.replace(/\s*\n\s*/g, " ") + "\n");
      return 2;
    }
    const detail = err instanceof Error ? err.message : String(err);
    io.stderr(S.crashed(detail.split("\n")[0]) + "\n");
    return 2;
  }
}

if (require.main === module) {
  // `npm run cli -- check table.xlsx` runs in the package root; relative paths mean the user's directory.
  if (process.env.npm_lifecycle_event === "cli" && process.env.INIT_CWD) process.chdir(process.env.INIT_CWD);
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = 2;
    },
  );
}
