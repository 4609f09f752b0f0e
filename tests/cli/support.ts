/**
 * Shared by the command-line tests: the same dispatcher in this process (runCli, runCliInput: what almost every
 * test uses), the program run as a user runs it (spawnCli: `node bin/breakdown.cjs …`, the compiled lib/cli.cjs
 * that jest's global setup brings up to date; for a few smoke tests and the process behaviour), and temporary
 * folders.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { FIXTURES_DIR } from "../fixtures/paths";

export const ROOT = path.resolve(__dirname, "../..");
/** The folder holding the seeds (seeds/) and their gold files (gold/), inside the repository. */
export const SHARED = FIXTURES_DIR;
export const BIN = path.join(ROOT, "bin", "breakdown.cjs");

/** What a run left for the user to read. `lines`: standard output's non-empty lines. */
export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
  lines: string[];
}

function ran(code: number | null, stdout: string, stderr: string): Ran {
  return { code, stdout, stderr, lines: stdout.split("\n").filter((l) => l !== "") };
}

/** `node bin/breakdown.cjs ARGS…` from the repository root, `input` on standard input. */
export function spawnCli(args: readonly string[], input?: string): Ran {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 60000 });
  return ran(r.status, r.stdout, r.stderr);
}

/** A CliIO that feeds a command `stdin` (lines without their breaks) and keeps what it writes. */
export function memoryIO(stdin: readonly string[] = []): { io: CliIO; stdout: () => string; stderr: () => string } {
  let stdout = "";
  let stderr = "";
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdinLines: async function* () {
      yield* stdin;
    },
  };
  return { io, stdout: () => stdout, stderr: () => stderr };
}

/** `breakdown ARGV…` through the same dispatcher, in this process. */
export async function runCli(argv: readonly string[], stdin: readonly string[] = []): Promise<Ran & { code: number }> {
  const m = memoryIO(stdin);
  const code = await main([...argv], m.io);
  return { ...ran(code, m.stdout(), m.stderr()), code };
}

/**
 * `breakdown ARGV…` in this process with `input` as standard input, split into lines as the program's
 * readline does (\n, \r\n or \r; no empty line after a final break): the in-process twin of spawnCli.
 */
export async function runCliInput(argv: readonly string[], input?: string): Promise<Ran & { code: number }> {
  const stdin = input === undefined || input === "" ? [] : input.replace(/(\r\n|\n|\r)$/, "").split(/\r\n|\n|\r/);
  return runCli(argv, stdin);
}

/** Standard output's lines, each parsed as JSON. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A new empty folder under the system's temporary folder, removed after this test file. Call at the top level. */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}
