/**
 * The `deadline` command as ARCHITECTURE.md specifies it: through the dispatcher in this process, standard input
 * given as text; one smoke test spawns the compiled `node bin/breakdown.cjs deadline …`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run } from "../../../src/cli/commands/deadline";
import type { Deadline } from "../../../src/core/types";
import { ROOT, SHARED, jsonLines as lines, memoryIO, runCli, runCliInput, spawnCli } from "../../cli/support";

const KEYS = ["text", "kind", "due", "milestones", "ongoing"];

const breakdown = (args: string[], input?: string) => runCliInput(["deadline", ...args], input);

/** A gold or fixture line: the phrase, its plan year and the expected answer. */
type Row = Deadline & { year: number };

function rows(file: string): Row[] {
  return fs.readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
}

describe("breakdown deadline", () => {
  it("answers each argument with one JSON line, keys in order; --year sets the plan year (spawned: the compiled program)", () => {
    const r = spawnCli(["deadline", "--year", "2022", "2022年5月底前，长期坚持", "9月20日、12月20日前", "次年3月", "视情况而定", "每季度"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = lines(r.stdout);
    expect(out.map((o) => Object.keys(o))).toEqual(Array(5).fill(KEYS));
    expect(out).toEqual([
      { text: "2022年5月底前，长期坚持", kind: "date", due: "2022-05-31", milestones: ["2022-05-31"], ongoing: true },
      { text: "9月20日、12月20日前", kind: "date", due: "2022-12-20", milestones: ["2022-09-20", "2022-12-20"], ongoing: false },
      { text: "次年3月", kind: "date", due: "2023-03-31", milestones: ["2023-03-31"], ongoing: false },
      { text: "视情况而定", kind: "unknown", due: null, milestones: [], ongoing: false },
      { text: "每季度", kind: "recurring", due: null, milestones: [], ongoing: false },
    ]);
  });

  it("answers 2,000 JSON Lines on standard input in one process, in order", async () => {
    const all = [
      ...rows(path.join(SHARED, "gold", "seed-deadlines.jsonl")),
      ...rows(path.join(ROOT, "tests", "fixtures", "deadlines", "phrases.jsonl")),
    ];
    const inputs: Row[] = Array.from({ length: 2000 }, (_, i) => all[i % all.length]);
    // Every other line as a bare JSON string, with --year 2022 standing in for its year.
    const stdin = inputs
      .map((r, i) => (i % 2 === 0 && r.year === 2022 ? JSON.stringify(r.text) : JSON.stringify({ text: r.text, year: r.year })))
      .join("\n") + "\n";
    const r = await breakdown(["--year", "2022"], stdin);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const out = lines(r.stdout);
    expect(out).toHaveLength(2000);
    out.forEach((o, i) => {
      const e = inputs[i];
      // The five keys in the contract's order; "stages" after them only when a date carries an action.
      const withStages = Object.keys(o).length === 6;
      expect(Object.keys(o)).toEqual(withStages ? [...KEYS, "stages"] : KEYS);
      const { stages, ...rest } = o as { stages?: { date: string }[] };
      expect(rest).toEqual({ text: e.text, kind: e.kind, due: e.due, milestones: e.milestones, ongoing: e.ongoing });
      if (stages) expect(stages.map((x) => x.date)).toEqual(e.milestones);
    });
    // Its speed is a figure of npm run bench (deadline), not asserted here.
  });

  it("a line that is not JSON gets an error line in its place; the rest are answered; exit 2 at the end", async () => {
    const r = await breakdown(["--year=2022"], ['"10月底前"', "10月底前", "", '{"text": 5}', '{"text": "年底前", "year": "x"}', '{"text": "年底前", "year": 2021}'].join("\n"));
    expect(r.code).toBe(2);
    const out = lines(r.stdout);
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ kind: "date", due: "2022-10-31" });
    expect(Object.keys(out[1])).toEqual(["error"]);
    expect(out[1].error).toMatch(/第 2 行不是 JSON/);
    expect(out[2]).toEqual({ text: "", kind: "empty", due: null, milestones: [], ongoing: false });
    expect(Object.keys(out[3])).toEqual(["error"]);
    expect(Object.keys(out[4])).toEqual(["error"]);
    expect(out[5]).toMatchObject({ kind: "date", due: "2021-12-31" });
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/3 行/);
  });

  it("bad usage → exit 2, one line on stderr, no stack trace", async () => {
    const r = await breakdown(["--year", "22", "10月底前"], "");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/四位年份/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });
});

describe("deadline command (in process)", () => {
  it.each([
    [["--year"], /--year/],
    [["--year", "1.5"], /四位年份/],
    [["--since", "2022"], /不认识的选项/],
  ])("bad usage %p → exit 2 with one line on stderr (through main)", async (args, message) => {
    const r = await runCli(["deadline", ...(args as string[])]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("the plan year defaults to the current year", async () => {
    const t = memoryIO();
    expect(await run(["10月底前"], t.io, 2031)).toBe(0);
    expect(JSON.parse(t.stdout())).toMatchObject({ due: "2031-10-31" });
  });

  it("--help prints the usage, documenting the error lines, exit 0", async () => {
    const t = memoryIO();
    expect(await run(["--help"], t.io)).toBe(0);
    expect(t.stdout()).toMatch(/breakdown deadline \[--year Y\]/);
    expect(t.stdout()).toMatch(/"error"/);
  });

  it("`--` ends the options: a phrase may start with dashes", async () => {
    const t = memoryIO();
    expect(await run(["--year", "2022", "--", "--year"], t.io)).toBe(0);
    expect(JSON.parse(t.stdout())).toMatchObject({ text: "--year", kind: "unknown" });
  });

  it("a byte order mark at the start of a line (Notepad's UTF-8, or files joined by cat) is not read as text", async () => {
    const r = await runCli(["deadline", "--year", "2022"], ['\ufeff"10月底前"', '"年底前"', '\ufeff{"text": "上半年"}', "\ufeff"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(lines(r.stdout).map((o) => [o.kind, o.due])).toEqual([
      ["date", "2022-10-31"],
      ["date", "2022-12-31"],
      ["date", "2022-06-30"],
      ["empty", null],
    ]);
  });

  it("an argument is an option only when a letter follows its dashes; --year's value is checked even when it starts with a dash", async () => {
    const phrase = await runCli(["deadline", "--year", "2022", "-5"]);
    expect(phrase.code).toBe(0);
    expect(lines(phrase.stdout).map((o) => o.text)).toEqual(["-5"]);
    const year = await runCli(["deadline", "--year", "-2022", "年底前"]);
    expect(year.code).toBe(2);
    expect(year.stderr).toBe("“-2022”不是有效的年份：--year 请写四位年份，如 --year 2022。\n");
  });
});
