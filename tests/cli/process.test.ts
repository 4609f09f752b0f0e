/**
 * The compiled program as a process (spawned `node bin/breakdown.cjs`): Ctrl+C / SIGTERM stop it with one line
 * and status 128 + signal, and a reader that goes away (`| head`) ends it quietly, with no stack trace.
 */
import * as path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { BIN, ROOT } from "./support";
import { strings } from "../../src/strings";

const SEED004 = path.resolve(__dirname, "../fixtures/workbooks/seed004.xlsx");

const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL");
});

describe("signals", () => {
  test.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s while it works stops it: status %d, one line, no stack trace", async (signal, status) => {
    // `deadline` reading standard input: once it has answered a line, it is running with its handlers in place.
    const child = spawn(process.execPath, [BIN, "deadline", "--year", "2022"], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    children.push(child);
    let stdout = "";
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const answered = new Promise<void>((resolve) =>
      child.stdout.on("data", (d: Buffer) => {
        stdout += d.toString();
        if (stdout.includes("\n")) resolve();
      }),
    );
    const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on("exit", (c, s) => resolve([c, s])));
    child.stdin.write('"10月底前"\n');
    await answered;
    child.kill(signal);
    const [code, killedBy] = await exited;
    expect(killedBy).toBeNull();
    expect(code).toBe(status);
    expect(JSON.parse(stdout.trim())).toMatchObject({ due: "2022-10-31" });
    expect(stderr).toBe(strings("zh-CN").fileIO.interrupted + "\n");
  });
});

describe("a closed pipe ends it quietly", () => {
  /** Runs `script` in bash; what the program wrote to "$err" comes back as stderr. */
  const sh = (script: string) =>
    spawnSync("bash", ["-c", `err=$(mktemp); ${script}; cat "$err" >&2; rm -f "$err"`], { cwd: ROOT, encoding: "utf8", timeout: 60000 });

  test("deadline with many phrases | head -1: one line out, nothing on stderr, status 141", () => {
    const phrases = Array.from({ length: 4000 }, (_, i) => `${(i % 12) + 1}月底前`).join(" ");
    const r = sh(`node "${BIN}" deadline --year 2022 ${phrases} 2>"$err" | head -1; echo "status \${PIPESTATUS[0]}"`);
    const lines = r.stdout.trim().split("\n");
    expect(JSON.parse(lines[0])).toMatchObject({ text: "1月底前", due: "2022-01-31" });
    expect(lines.slice(1)).toEqual(["status 141"]);
    expect(r.stderr).toBe("");
  });

  test("check --json | head -c 10: ten bytes, no stack trace", () => {
    const r = sh(`node "${BIN}" check "${SEED004}" --as-of 2022-10-20 --json 2>"$err" | head -c 10`);
    expect(r.stdout).toBe('{"sheet":"');
    expect(r.stderr).toBe("");
  });
});
