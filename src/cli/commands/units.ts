/**
 * `breakdown units [--header H] [CELL ...]` (ARCHITECTURE.md): one JSON object per cell,
 * {"text", "units": [{"name", "role", "generic", "canonical"?}]}; with no CELL, JSON Lines from standard input
 * (a JSON string or {"text", "header"} a line), one answer a line, in order, in one process.
 * `canonical` is added only when the alias-merged name differs from the name as written.
 */
import type { CliIO } from "../io";
import { readArgs } from "../args";
import { answerJsonLines } from "../jsonl";
import { analyseUnits, canonicalUnit } from "../../core/units";
import { strings } from "../../strings";

const S = strings("zh-CN").units;

function parseArgs(argv: string[]) {
  const { values, positionals } = readArgs(argv, {
    options: {
      help: { type: "boolean", short: "h" },
      header: { type: "string" },
    },
    unknownOption: S.unknownOption,
    needValue: () => S.missingHeader,
    // An argument is an option only when a letter follows its dashes: "-" or "-1" is a cell.
    isOption: (a) => /^--?[A-Za-z]/.test(a),
  });
  return { header: values.header ?? "", cells: positionals, help: values.help === true };
}

/** One answer line (without the line break). */
export function answer(text: string, header: string): string {
  const { units } = analyseUnits(text, { header });
  return JSON.stringify({
    text,
    units: units.map((u) => {
      const canonical = canonicalUnit(u.name);
      return canonical !== u.name
        ? { name: u.name, role: u.role, generic: u.generic, canonical }
        : { name: u.name, role: u.role, generic: u.generic };
    }),
  });
}

/** A stdin line's JSON value (a string, a number or {"text", "header"}) → its answer, or null when it is not valid input. */
function answerValue(v: unknown, header: string): string | null {
  if (typeof v === "string" || typeof v === "number") return answer(String(v), header);
  if (!v || typeof v !== "object" || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const text = o.text ?? "";
  const h = o.header ?? header;
  if ((typeof text !== "string" && typeof text !== "number") || typeof h !== "string") return null;
  return answer(String(text), h);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.help) {
    io.stdout(S.usage + "\n");
    return 0;
  }
  if (args.cells.length > 0) {
    io.stdout(args.cells.map((c) => answer(c, args.header) + "\n").join(""));
    return 0;
  }
  return answerJsonLines(io, {
    answer: (v, n) => answerValue(v, args.header) ?? { error: S.badLine(n) },
    notJson: S.badLine,
    badLines: S.badLines,
  });
}
