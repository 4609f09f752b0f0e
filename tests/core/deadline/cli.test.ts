/** The `deadline` command from outside: `node bin/breakdown.cjs deadline …` (ARCHITECTURE.md). */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { run } from "../../../src/cli/commands/deadline";
import { main } from "../../../src/cli/main";
import type { CliIO } from "../../../src/cli/io";

const ROOT = path.resolve(__dirname, "../../..");
const SHARED = path.resolve(__dirname, "../../../../shared");
const BIN = path.join(ROOT, "bin", "breakdown.cjs");
const KEYS = ["text", "kind", "due", "milestones", "ongoing"];

function breakdown(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, "deadline", ...args], { cwd: ROOT, input, encoding: "utf8", timeout: 60000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function lines(s: string): Record<string, unknown>[] {
  return s.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as Record<string, unknown>);
}

interface Row {
  text: string;
  year: number;
  kind: string;
  due: string | null;
  milestones: string[];
  ongoing: boolean;
}

function rows(file: string): Row[] {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

describe("breakdown deadline (spawned)", () => {
  it("answers each argument with one JSON line, keys in order; --year sets the plan year", () => {
    const r = breakdown(["--year", "2022", "2022年5月底前，长期坚持", "9月20日、12月20日前", "次年3月", "视情况而定", "每季度"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const out = lines(r.out);
    expect(out.map((o) => Object.keys(o))).toEqual(Array(5).fill(KEYS));
    expect(out).toEqual([
      { text: "2022年5月底前，长期坚持", kind: "date", due: "2022-05-31", milestones: ["2022-05-31"], ongoing: true },
      { text: "9月20日、12月20日前", kind: "date", due: "2022-12-20", milestones: ["2022-09-20", "2022-12-20"], ongoing: false },
      { text: "次年3月", kind: "date", due: "2023-03-31", milestones: ["2023-03-31"], ongoing: false },
      { text: "视情况而定", kind: "unknown", due: null, milestones: [], ongoing: false },
      { text: "每季度", kind: "recurring", due: null, milestones: [], ongoing: false },
    ]);
  });

  it("answers 2,000 JSON Lines on standard input in one process, in order", () => {
    const all = [
      ...rows(path.join(SHARED, "gold", "seed-deadlines.jsonl")),
      ...rows(path.join(ROOT, "tests", "fixtures", "deadlines", "phrases.jsonl")),
    ];
    const inputs: Row[] = Array.from({ length: 2000 }, (_, i) => all[i % all.length]);
    // Every other line as a bare JSON string, with --year 2022 standing in for its year.
    const stdin = inputs
      .map((r, i) => (i % 2 === 0 && r.year === 2022 ? JSON.stringify(r.text) : JSON.stringify({ text: r.text, year: r.year })))
      .join("\n") + "\n";
    const started = Date.now();
    const r = breakdown(["--year", "2022"], stdin);
    const ms = Date.now() - started;
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    const out = lines(r.out);
    expect(out).toHaveLength(2000);
    out.forEach((o, i) => {
      const e = inputs[i];
      expect(Object.keys(o)).toEqual(KEYS);
      expect(o).toEqual({ text: e.text, kind: e.kind, due: e.due, milestones: e.milestones, ongoing: e.ongoing });
    });
    expect(ms).toBeLessThan(30000);
  });

  it("a line that is not JSON gets an error line in its place; the rest are answered; exit 2 at the end", () => {
    const r = breakdown(["--year=2022"], ['"10月底前"', "10月底前", "", '{"text": 5}', '{"text": "年底前", "year": "x"}', '{"text": "年底前", "year": 2021}'].join("\n"));
    expect(r.code).toBe(2);
    const out = lines(r.out);
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ kind: "date", due: "2022-10-31" });
    expect(Object.keys(out[1])).toEqual(["error"]);
    expect(out[1].error).toMatch(/第 2 行不是 JSON/);
    expect(out[2]).toEqual({ text: "", kind: "empty", due: null, milestones: [], ongoing: false });
    expect(Object.keys(out[3])).toEqual(["error"]);
    expect(Object.keys(out[4])).toEqual(["error"]);
    expect(out[5]).toMatchObject({ kind: "date", due: "2021-12-31" });
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(/3 行/);
  });

  it("bad usage → exit 2, one line on stderr, no stack trace", () => {
    const r = breakdown(["--year", "22", "10月底前"], "");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/四位年份/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe("deadline command (in process)", () => {
  function io(stdin: string[] = []) {
    const out: string[] = [];
    const err: string[] = [];
    const cli: CliIO = {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      stdinLines: async function* () {
        yield* stdin;
      },
    };
    return { cli, out, err };
  }

  it.each([
    [["--year"], /--year/],
    [["--year", "1.5"], /四位年份/],
    [["--since", "2022"], /不认识的选项/],
  ])("bad usage %p → exit 2 with one line on stderr (through main)", async (args, message) => {
    const t = io();
    expect(await main(["deadline", ...(args as string[])], t.cli)).toBe(2);
    expect(t.out).toEqual([]);
    expect(t.err.join("")).toMatch(message);
    expect(t.err.join("").trim().split("\n")).toHaveLength(1);
  });

  it("the plan year defaults to the current year", async () => {
    const t = io();
    expect(await run(["10月底前"], t.cli, 2031)).toBe(0);
    expect(JSON.parse(t.out.join(""))).toMatchObject({ due: "2031-10-31" });
  });

  it("--help prints the usage, documenting the error lines, exit 0", async () => {
    const t = io();
    expect(await run(["--help"], t.cli)).toBe(0);
    expect(t.out.join("")).toMatch(/breakdown deadline \[--year Y\]/);
    expect(t.out.join("")).toMatch(/"error"/);
  });

  it("`--` ends the options: a phrase may start with dashes", async () => {
    const t = io();
    expect(await run(["--year", "2022", "--", "--year"], t.cli)).toBe(0);
    expect(JSON.parse(t.out.join(""))).toMatchObject({ text: "--year", kind: "unknown" });
  });
});
