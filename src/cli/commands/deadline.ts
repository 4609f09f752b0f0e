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
import { readArgs, readYear } from "../args";
import { answerJsonLines, type LineAnswer } from "../jsonl";
import { strings } from "../../strings";

const S = strings("zh-CN").deadline;

/** The plan years the command accepts, on the command line and in a line's "year". */
const planYear = (v: unknown) => readYear(v, 1900, 2199);

function parseArgs(argv: string[], currentYear: number) {
  const { values, positionals } = readArgs(argv, {
    options: {
      help: { type: "boolean", short: "h" },
      year: {
        type: "string",
        read: (v: string) => {
          const y = planYear(v);
          if (y === null) throw new UsageError(S.badYear(v));
          return y;
        },
      },
    },
    unknownOption: S.unknownOption,
    needValue: () => S.missingYear,
    // An argument is an option only when a letter follows its dashes: "-5" is a phrase.
    isOption: (a) => /^--?[A-Za-z]/.test(a),
  });
  return { year: values.year ?? currentYear, phrases: positionals, help: values.help === true };
}

/** One answer line (without the line break), keys in the contract's order; "stages" only when a date carries an action. */
export function answer(d: Deadline): string {
  const base = { text: d.text, kind: d.kind, due: d.due, milestones: d.milestones, ongoing: d.ongoing };
  return JSON.stringify(d.stages ? { ...base, stages: d.stages } : base);
}

/** A stdin line's JSON value → its answer, or the error for that line. */
function answerValue(v: unknown, n: number, year: number): LineAnswer {
  if (typeof v === "string") return answer(parseDeadline(v, { year }));
  if (!v || typeof v !== "object" || Array.isArray(v)) return { error: S.badText(n) };
  const o = v as Record<string, unknown>;
  const text = o.text ?? "";
  if (typeof text !== "string") return { error: S.badText(n) };
  const y = o.year === undefined || o.year === null ? year : planYear(o.year);
  return y === null ? { error: S.badLineYear(n) } : answer(parseDeadline(text, { year: y }));
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
  return answerJsonLines(io, {
    answer: (v, n) => answerValue(v, n, args.year),
    notJson: S.notJson,
    badLines: S.badLines,
  });
}
