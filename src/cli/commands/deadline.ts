/**
 * `breakdown deadline [--year Y] [PHRASE ...]` (ARCHITECTURE.md): one JSON object per phrase,
 * {"text", "kind", "due", "milestones", "ongoing"} in that key order.
 *
 * With no PHRASE: JSON Lines on standard input, one answer line per input line, in order, in one process.
 * Each line is a JSON string or {"text": …, "year": …} (year: a number or a numeric string; absent or
 * null → --year). A blank line is an empty deadline. A line that is not JSON, or whose text/year is not
 * valid, is answered {"error": "…"} in its place; the rest are answered as usual; at the end one line on
 * standard error says how many, and the exit status is 2.
 */
import { parseDeadline } from "../../core/deadline";
import type { Deadline } from "../../core/types";
import { UsageError, type CliIO } from "../io";
import { strings } from "../../strings";

const S = strings("zh-CN").deadline;

interface Args {
  year: number;
  phrases: string[];
  help: boolean;
}

/** A four-digit plan year, or null. */
function readYear(v: unknown): number | null {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1900 && n <= 2199 ? n : null;
}

function parseArgs(argv: string[], currentYear: number): Args {
  const out: Args = { year: currentYear, phrases: [], help: false };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (options && a === "--") {
      options = false;
    } else if (options && (a === "-h" || a === "--help")) {
      out.help = true;
    } else if (options && (a === "--year" || a.startsWith("--year="))) {
      let v: string;
      if (a === "--year") {
        if (i + 1 >= argv.length) throw new UsageError(S.missingYear);
        v = argv[++i];
      } else {
        v = a.slice("--year=".length);
      }
      const y = readYear(v);
      if (y === null) throw new UsageError(S.badYear(v));
      out.year = y;
    } else if (options && /^--?[A-Za-z]/.test(a)) {
      throw new UsageError(S.unknownOption(a));
    } else {
      out.phrases.push(a);
    }
  }
  return out;
}

/** One answer line (without the line break), keys in the contract's order. */
export function answer(d: Deadline): string {
  return JSON.stringify({ text: d.text, kind: d.kind, due: d.due, milestones: d.milestones, ongoing: d.ongoing });
}

/** A stdin line → the phrase and its plan year, or the error message for that line. */
function readLine(line: string, n: number, year: number): { text: string; year: number } | { error: string } {
  if (line.trim() === "") return { text: "", year };
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return { error: S.notJson(n) };
  }
  if (typeof v === "string") return { text: v, year };
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const text = o.text === null || o.text === undefined ? "" : o.text;
    if (typeof text !== "string") return { error: S.badText(n) };
    if (o.year === undefined || o.year === null) return { text, year };
    const y = readYear(o.year);
    return y === null ? { error: S.badLineYear(n) } : { text, year: y };
  }
  return { error: S.badText(n) };
}

export async function run(argv: string[], io: CliIO, currentYear = new Date().getFullYear()): Promise<number> {
  const args = parseArgs(argv, currentYear);
  if (args.help) {
    io.stdout(S.usage + "\n");
    return 0;
  }
  if (args.phrases.length > 0) {
    io.stdout(args.phrases.map((p) => answer(parseDeadline(p, { year: args.year })) + "\n").join(""));
    return 0;
  }
  let n = 0;
  let bad = 0;
  let firstBad = 0;
  let buffer = "";
  for await (const raw of io.stdinLines()) {
    n++;
    const input = readLine(n === 1 ? raw.replace(/^\ufeff/, "") : raw, n, args.year);
    if ("error" in input) {
      bad++;
      if (!firstBad) firstBad = n;
      buffer += JSON.stringify({ error: input.error }) + "\n";
    } else {
      buffer += answer(parseDeadline(input.text, { year: input.year })) + "\n";
    }
    if (buffer.length > 1 << 16) {
      io.stdout(buffer);
      buffer = "";
    }
  }
  if (buffer) io.stdout(buffer);
  if (bad) {
    io.stderr(S.badLines(bad, firstBad) + "\n");
    return 2;
  }
  return 0;
}
