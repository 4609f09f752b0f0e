/**
 * `breakdown units [--header H] [CELL ...]` (ARCHITECTURE.md): one JSON object per cell,
 * {"text", "units": [{"name", "role", "generic", "canonical"?}]}; with no CELL, JSON Lines from standard input
 * (a JSON string or {"text", "header"} a line), one answer a line, in order, in one process.
 * `canonical` is added only when the alias-merged name differs from the name as written.
 */
import { UsageError, type CliIO } from "../io";
import { analyseUnits, canonicalUnit } from "../../core/units";
import { strings } from "../../strings";

const S = strings("zh-CN").units;

interface Args {
  header: string;
  cells: string[];
  help: boolean;
}

function parseArgs(argv: string[]): Args {
  const out: Args = { header: "", cells: [], help: false };
  let options = true;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (options && a === "--") {
      options = false;
    } else if (options && (a === "-h" || a === "--help")) {
      out.help = true;
    } else if (options && a === "--header") {
      if (i + 1 >= argv.length) throw new UsageError(S.missingHeader);
      out.header = argv[++i];
    } else if (options && a.startsWith("--header=")) {
      out.header = a.slice("--header=".length);
    } else if (options && /^--?[A-Za-z]/.test(a)) {
      throw new UsageError(S.unknownOption(a));
    } else {
      out.cells.push(a);
    }
  }
  return out;
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

/** A stdin line → the cell text and header, or null when the line is not valid input. */
function readLine(line: string, header: string): { text: string; header: string } | null {
  if (line.trim() === "") return { text: "", header };
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof v === "string") return { text: v, header };
  if (typeof v === "number") return { text: String(v), header };
  if (v && typeof v === "object" && !Array.isArray(v)) {
    const o = v as Record<string, unknown>;
    const text = o.text === null || o.text === undefined ? "" : o.text;
    if (typeof text !== "string" && typeof text !== "number") return null;
    const h = o.header === undefined || o.header === null ? header : o.header;
    if (typeof h !== "string") return null;
    return { text: String(text), header: h };
  }
  return null;
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
  let n = 0;
  let bad = 0;
  let firstBad = 0;
  let buffer = "";
  for await (const line of io.stdinLines()) {
    n++;
    const input = readLine(line.replace(/^\ufeff/, ""), args.header);
    if (input) {
      buffer += answer(input.text, input.header) + "\n";
    } else {
      bad++;
      if (!firstBad) firstBad = n;
      buffer += JSON.stringify({ error: S.badLine(n) }) + "\n";
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
