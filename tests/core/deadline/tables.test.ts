/**
 * Table-driven: the seeds' gold phrases, DOMAIN.md section 2's table, our own hand-written collection
 * (tests/fixtures/deadlines/phrases.jsonl, expected values written from the rules), and phrases that
 * must not be understood.
 */
import { readJsonl as readJsonlOf } from "../../support/jsonl";
import * as fs from "node:fs";
import * as path from "node:path";
import { parseDeadline } from "../../../src/core/deadline";
import type { Deadline, DeadlineKind } from "../../../src/core/types";
import { FIXTURES_DIR } from "../../fixtures/paths";

const SHARED = FIXTURES_DIR;
const FIXTURES = path.resolve(__dirname, "../../fixtures/deadlines");

interface Expected {
  text: string;
  year: number;
  kind: DeadlineKind;
  due: string | null;
  milestones: string[];
  ongoing: boolean;
}

const readJsonl = (file: string) => readJsonlOf<Expected>(file);

function shape(d: Deadline): Omit<Deadline, "text"> {
  return { kind: d.kind, due: d.due, milestones: d.milestones, ongoing: d.ongoing };
}

function expectedShape(e: Expected): Omit<Deadline, "text"> {
  return { kind: e.kind, due: e.due, milestones: e.milestones, ongoing: e.ongoing };
}

describe("gold: every deadline phrase of the seeds", () => {
  const gold = readJsonl(path.join(SHARED, "gold", "seed-deadlines.jsonl"));
  it("has the gold file", () => expect(gold.length).toBeGreaterThanOrEqual(20));
  it.each(gold.map((g) => [JSON.stringify(g.text), g] as const))("%s", (_label, g) => {
    const d = parseDeadline(g.text, { year: g.year });
    expect(d.text).toBe(g.text);
    expect(shape(d)).toEqual(expectedShape(g));
  });
});

describe("DOMAIN.md section 2 table (plan year 2022)", () => {
  const d = (due: string | null, ongoing = false, milestones?: string[]) => ({
    kind: (due ? "date" : ongoing ? "ongoing" : "recurring") as DeadlineKind,
    due,
    milestones: milestones ?? (due ? [due] : []),
    ongoing,
  });
  const rows: [string, Omit<Deadline, "text">][] = [
    ["10月底前", d("2022-10-31")],
    ["年底前", d("2022-12-31")], ["年底", d("2022-12-31")], ["年内", d("2022-12-31")], ["2022年底前", d("2022-12-31")],
    ["全年", d("2022-12-31")],
    ["持续推进", d(null, true)], ["长期坚持", d(null, true)], ["长期", d(null, true)], ["常态化", d(null, true)],
    ["2022年10月", d("2022-10-31")], ["2022年9 月", d("2022-09-30")], ["十月", d("2022-10-31")],
    ["2022年5月底前，长期坚持", d("2022-05-31", true)],
    ["2022年12月底前,长期坚持", d("2022-12-31", true)],
    ["9月20日、12月20日前", d("2022-12-20", false, ["2022-09-20", "2022-12-20"])],
    ["2023年3月", d("2023-03-31")],
    ["11月30日前", d("2022-11-30")], ["2022.11.30", d("2022-11-30")], ["2022/11/30", d("2022-11-30")],
    ["2022-11-30", d("2022-11-30")],
    ["上半年", d("2022-06-30")], ["二季度", d("2022-06-30")], ["第二季度末", d("2022-06-30")],
    ["三季度", d("2022-09-30")],
    ["下半年", d("2022-12-31")], ["四季度", d("2022-12-31")],
    ["10月中旬", d("2022-10-20")], ["10月上旬", d("2022-10-10")], ["10月下旬", d("2022-10-31")],
    ["每季度", d(null)], ["每月", d(null)], ["每年1月31日前", d(null)],
    ["十一月底前", d("2022-11-30")], ["１１月底前", d("2022-11-30")],
  ];
  it.each(rows)("%s", (text, want) => {
    expect(shape(parseDeadline(text, { year: 2022 }))).toEqual(want);
  });
  it("empty cells are empty, not unknown", () => {
    for (const t of ["", "   ", "\u3000", "\n"]) {
      expect(parseDeadline(t, { year: 2022 })).toEqual({ text: t, kind: "empty", due: null, milestones: [], ongoing: false });
    }
  });
});

describe("our collection of phrases (tests/fixtures/deadlines/phrases.jsonl)", () => {
  const rows = readJsonl(path.join(FIXTURES, "phrases.jsonl"));
  it("holds at least 150 phrases, in every form of the issue", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(rows.map((r) => r.kind));
    expect([...kinds].sort()).toEqual(["date", "ongoing", "recurring"]);
  });
  it.each(rows.map((r) => [`${JSON.stringify(r.text)} (${r.year})`, r] as const))("%s", (_label, r) => {
    const d = parseDeadline(r.text, { year: r.year });
    expect(d.text).toBe(r.text);
    expect(shape(d)).toEqual(expectedShape(r));
  });
});

describe("held-out phrases (tests/fixtures/deadlines/holdout.jsonl, written after the engine was first built)", () => {
  const rows = readJsonl(path.join(FIXTURES, "holdout.jsonl"));
  it("has the set", () => expect(rows.length).toBeGreaterThanOrEqual(60));
  it.each(rows.map((r) => [`${JSON.stringify(r.text)} (${r.year})`, r] as const))("%s", (_label, r) => {
    expect(shape(parseDeadline(r.text, { year: r.year }))).toEqual(expectedShape(r));
  });
});

describe("phrases that must come back unknown (never a guess)", () => {
  const phrases = fs
    .readFileSync(path.join(FIXTURES, "unknown.txt"), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"));
  it("has the list", () => expect(phrases.length).toBeGreaterThanOrEqual(40));
  it.each(phrases)("%s", (text) => {
    expect(parseDeadline(text, { year: 2022 })).toEqual({ text, kind: "unknown", due: null, milestones: [], ongoing: false });
  });
  it("a leap day is a date only in a leap year", () => {
    expect(parseDeadline("2月29日", { year: 2022 }).kind).toBe("unknown");
    expect(parseDeadline("2月29日", { year: 2024 }).due).toBe("2024-02-29");
  });
});

describe("plan year", () => {
  it("phrases without a year take the plan year; 次年/明年 take the next", () => {
    for (const year of [2019, 2022, 2030]) {
      expect(parseDeadline("10月底前", { year }).due).toBe(`${year}-10-31`);
      expect(parseDeadline("年底前", { year }).due).toBe(`${year}-12-31`);
      expect(parseDeadline("次年3月", { year }).due).toBe(`${year + 1}-03-31`);
      expect(parseDeadline("2022年6月", { year }).due).toBe("2022-06-30");
    }
  });
  it("a plan year that is not a year leaves only phrases with their own year understood", () => {
    expect(parseDeadline("10月底前", { year: NaN }).kind).toBe("unknown");
    expect(parseDeadline("2022年10月底前", { year: NaN }).due).toBe("2022-10-31");
  });
  it("the text is kept exactly as written", () => {
    const t = " ２０２２年９ 月\n长期坚持 ";
    const d = parseDeadline(t, { year: 2022 });
    expect(d.text).toBe(t);
    expect(shape(d)).toEqual({ kind: "date", due: "2022-09-30", milestones: ["2022-09-30"], ongoing: true });
  });
});
