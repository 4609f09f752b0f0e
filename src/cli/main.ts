/**
 * `breakdown` — the command-line program of ARCHITECTURE.md.
 *   breakdown deadline [--year Y] [PHRASE ...]
 *   breakdown units [--header H] [CELL ...]
 *   breakdown check FILE.xlsx [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [-o OUT.xlsx] [--json]
 *   breakdown import DOC.txt|DOC.docx [--year Y] [-o OUT.xlsx] [--json]
 * Exit status: 0 done, 1 check found errors, 2 bad usage or unreadable file (one line on stderr).
 */
import { UsageError, type CliIO, type Command } from "./io";
import { langArg } from "./args";
import { errnoCode, readErrorMessage, writeErrorMessage } from "./files";
import { Interrupted } from "./output";
import { strings } from "../strings";

const S = strings("zh-CN").cli.main;

const USAGE = [
  S.usageTitle,
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
  report: async () => (await import("./commands/report")).run,
};

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
    if (err instanceof Interrupted) {
      io.stderr(strings(langArg(rest)).fileIO.interrupted + "\n");
      return 130;
    }
    const code = errnoCode(err);
    const file = (err as { path?: unknown }).path;
    if (code && typeof file === "string") {
      // A file-system error no command turned into its own message: still one plain line, never "(ENOENT)".
      const reading = /^(open|read|stat|lstat|scandir|access)$/.test(String((err as { syscall?: unknown }).syscall));
      io.stderr((reading ? readErrorMessage : writeErrorMessage)(file, code, langArg(rest)) + "\n");
      return 2;
    }
    const detail = err instanceof Error ? err.message : String(err);
    io.stderr(S.crashed(detail.split("\n")[0]) + "\n");
    return 2;
  }
}
