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

const USAGE = [
  "用法 / usage:",
  "  breakdown deadline [--year Y] [PHRASE ...]",
  "  breakdown units [--header H] [CELL ...]",
  "  breakdown check FILE.xlsx [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [-o OUT.xlsx] [--json]",
  "  breakdown import DOC.txt|DOC.docx [--year Y] [-o OUT.xlsx] [--json]",
  "  breakdown split FILE [--as-of D] [--units A,B,…] -o FOLDER/",
  "  breakdown collect FILE RETURNED.xlsx… [--as-of D] -o OUT.xlsx [--json]",
].join("\n");

/** Commands load lazily: `deadline` must not pay for exceljs. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  deadline: async () => (await import("./commands/deadline")).run,
  units: async () => (await import("./commands/units")).run,
  check: async () => (await import("./commands/check")).run,
  import: async () => (await import("./commands/import")).run,
  split: async () => (await import("./commands/split")).run,
  collect: async () => (await import("./commands/collect")).run,
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
    io.stderr(`未知命令“${name}”：请使用 deadline、units、check、import、split 或 collect（--help 查看用法）。\n`);
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
    io.stderr(`出错了：${detail.split("\n")[0]}（如果问题重复出现，请报告这个文件和命令）。\n`);
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
