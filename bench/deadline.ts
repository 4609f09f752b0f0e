/**
 * Deadline bench: this engine against chrono-node's Chinese (simplified) parser, side by side on the same
 * phrases with expected values: tests/fixtures/gold/seed-deadlines.jsonl (the seeds' gold), our hand-written
 * collection tests/fixtures/deadlines/phrases.jsonl, a held-out set written after the engine was first
 * built (tests/fixtures/deadlines/holdout.jsonl), and the phrases that must be unknown
 * (tests/fixtures/deadlines/unknown.txt, plan year 2022).
 *
 * Right, for this engine: kind, due, milestones and ongoing all equal the expected values.
 * Right, for chrono (`chrono.zh.hans.parse`, reference date = plan-year Jan 1, forwardDate): for a phrase
 * expected to be a date, the latest date chrono returns equals the expected due; for an ongoing, recurring,
 * unknown or empty phrase, chrono returns nothing.
 * Speed: phrases per second over the whole set: the best of 6 alternating rounds of ~250 ms per parser.
 *
 * Runnable alone: `npx tsx bench/deadline.ts`. `runDeadlineBench()` returns the lines to print.
 */
import { readJsonl as readJsonlOf } from "../tests/support/jsonl";
import * as fs from "node:fs";
import * as path from "node:path";
import * as chrono from "chrono-node";
import { parseDeadline } from "../src/core/deadline";

interface Case {
  text: string;
  year: number;
  kind: string;
  due: string | null;
  milestones: string[];
  ongoing: boolean;
}

const ROOT = path.resolve(__dirname, "..");

const readJsonl = (file: string) => readJsonlOf<Case>(file, { missingOk: true });

export function loadDeadlineCases(): { name: string; cases: Case[] }[] {
  const unknown = fs
    .readFileSync(path.join(ROOT, "tests", "fixtures", "deadlines", "unknown.txt"), "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((text): Case => ({ text, year: 2022, kind: "unknown", due: null, milestones: [], ongoing: false }));
  return [
    { name: "gold", cases: readJsonl(path.join(ROOT, "tests", "fixtures", "gold", "seed-deadlines.jsonl")) },
    { name: "collection", cases: readJsonl(path.join(ROOT, "tests", "fixtures", "deadlines", "phrases.jsonl")) },
    { name: "holdout", cases: readJsonl(path.join(ROOT, "tests", "fixtures", "deadlines", "holdout.jsonl")) },
    { name: "must-be-unknown", cases: unknown },
  ].filter((s) => s.cases.length > 0);
}

function localIso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function engineRight(c: Case): boolean {
  const d = parseDeadline(c.text, { year: c.year });
  return d.kind === c.kind && d.due === c.due && d.ongoing === c.ongoing && JSON.stringify(d.milestones) === JSON.stringify(c.milestones);
}

function chronoDue(c: Case): string | null {
  const results = chrono.zh.hans.parse(c.text, new Date(c.year, 0, 1), { forwardDate: true });
  let due: string | null = null;
  for (const r of results) {
    for (const comp of [r.start, r.end]) {
      if (!comp) continue;
      const iso = localIso(comp.date());
      if (due === null || iso > due) due = iso;
    }
  }
  return due;
}

function chronoRight(c: Case): boolean {
  const due = chronoDue(c);
  return c.kind === "date" ? due === c.due : due === null;
}

/** Phrases per second: the best of several short rounds (the machine may be busy; the best round is the truest). */
function perSecond(cases: Case[], parse: (c: Case) => unknown, roundMs = 250): number {
  let n = 0;
  const start = performance.now();
  let elapsed = 0;
  do {
    for (const c of cases) parse(c);
    n += cases.length;
    elapsed = performance.now() - start;
  } while (elapsed < roundMs);
  return (n / elapsed) * 1000;
}

/** Alternate the two parsers round by round so both see the same machine load; keep each one's best. */
function compareSpeed(cases: Case[], a: (c: Case) => unknown, b: (c: Case) => unknown, rounds = 6): [number, number] {
  let bestA = 0;
  let bestB = 0;
  for (let i = 0; i < rounds; i++) {
    bestA = Math.max(bestA, perSecond(cases, a));
    bestB = Math.max(bestB, perSecond(cases, b));
  }
  return [bestA, bestB];
}

function pct(right: number, total: number): string {
  return `${right}/${total} (${((100 * right) / total).toFixed(1)}%)`;
}

export async function runDeadlineBench(): Promise<string[]> {
  const sets = loadDeadlineCases();
  const all = sets.flatMap((s) => s.cases);
  const lines: string[] = ["deadline: this engine vs chrono-node zh.hans (same phrases, expected values)"];
  const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - [...s].length));
  lines.push(`  ${pad("phrases", 22)}${pad("engine right", 22)}chrono right`);
  for (const s of [...sets, { name: "all", cases: all }]) {
    const e = s.cases.filter(engineRight).length;
    const c = s.cases.filter(chronoRight).length;
    lines.push(`  ${pad(`${s.name} (${s.cases.length})`, 22)}${pad(pct(e, s.cases.length), 22)}${pct(c, s.cases.length)}`);
  }
  const dateCases = all.filter((c) => c.kind === "date");
  lines.push(
    `  ${pad(`date phrases (${dateCases.length})`, 22)}${pad(pct(dateCases.filter(engineRight).length, dateCases.length), 22)}` +
      pct(dateCases.filter(chronoRight).length, dateCases.length),
  );
  const [engineRate, chronoRate] = compareSpeed(
    all,
    (c) => parseDeadline(c.text, { year: c.year }),
    (c) => chrono.zh.hans.parse(c.text, new Date(c.year, 0, 1), { forwardDate: true }),
  );
  lines.push(`  speed: engine ${Math.round(engineRate).toLocaleString("en-US")} phrases/s, chrono ${Math.round(chronoRate).toLocaleString("en-US")} phrases/s`);
  return lines;
}

if (typeof require !== "undefined" && require.main === module) {
  runDeadlineBench().then(
    (lines) => console.log(lines.join("\n")),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
