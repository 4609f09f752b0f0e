/**
 * `breakdown check FILE.xlsx [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [-o OUT.xlsx] [--json]`
 * Reads the table, prints the findings (a readable Chinese report, or one JSON object with --json), and with
 * -o writes the processed workbook. Exit 0 (warnings allowed), 1 (errors found), 2 (bad usage or file).
 */
import { readAsOf, readDueSoonDays } from "../../app/settings";
import { partsFor } from "../../app/actions";
import * as path from "node:path";
import { readInputFile } from "../files";
import { checkOutputPath, writeOutput } from "../output";
import { UsageError, type CliIO } from "../io";
import { langArg, readArgs, yearOption } from "../args";
import { strings, type Lang } from "../../strings";
import type { CheckResult, Finding } from "../../core/types";
import { DEFAULT_DUE_SOON_DAYS } from "../../core/check";
import { sortForAttention } from "../../core/summary";
import { todayIso } from "../../core/dates";
import { WorkbookError } from "../../workbook/errors";

export interface CheckArgs {
  file: string;
  sheet?: string;
  year?: number;
  asOf?: string;
  dueSoonDays?: number;
  out?: string;
  json: boolean;
  lang: Lang;
  /** --help / -h: print the usage and do nothing else (no FILE needed). */
  help?: boolean;
}

export function parseCheckArgs(argv: string[]): CheckArgs {
  const lang = langArg(argv);
  const t = strings(lang).cli.check;
  const { values, positionals: files } = readArgs(argv, {
    options: {
      help: { type: "boolean", short: "h" },
      json: { type: "boolean" },
      sheet: { type: "string" },
      year: yearOption(t.badYear),
      "as-of": {
        type: "string",
        read: (value: string) => {
          const v = readAsOf(value);
          if (v === null) throw new UsageError(t.badAsOf(value.trim()));
          return v;
        },
      },
      "due-soon": {
        type: "string",
        read: (value: string) => {
          const n = readDueSoonDays(value);
          if (n === null) throw new UsageError(t.badDueSoon(value.trim()));
          return n;
        },
      },
      out: { type: "string", short: "o", aliases: ["output"], nonEmpty: true },
      lang: { type: "string" },
    },
    unknownOption: t.unknownOption,
    needValue: t.needValue,
  });
  if (values.help) return { file: "", json: false, lang, help: true };
  if (files.length === 0) throw new UsageError(t.needFile);
  if (files.length > 1) throw new UsageError(t.tooManyFiles(files[1]));
  return {
    file: files[0],
    sheet: values.sheet,
    year: values.year,
    asOf: values["as-of"],
    dueSoonDays: values["due-soon"],
    out: values.out,
    json: values.json === true,
    lang,
  };
}

/** The `check --json` object, exactly as ARCHITECTURE.md names its fields. */
export function checkJson(result: CheckResult): unknown {
  return {
    sheet: result.sheet,
    year: result.year,
    asOf: result.asOf,
    rows: result.rows.map((r) => ({
      row: r.row,
      task: r.task,
      requirement: r.requirement,
      units: r.units,
      deadline: r.deadline,
      state: r.state,
    })),
    findings: result.findings.map((f) => ({ code: f.code, severity: f.severity, row: f.row, column: f.column, message: f.message })),
    summary: sortForAttention(result.summary).map((s) => ({
      unit: s.unit,
      generic: s.generic,
      lead: s.lead,
      responsible: s.responsible,
      cooperate: s.cooperate,
      total: s.total,
      done: s.done,
      overdue: s.overdue,
      dueSoon: s.dueSoon,
      ongoing: s.ongoing,
      unknown: s.unknown,
    })),
  };
}

const MAX_UNITS_IN_REPORT = 15;

/** The readable report (no --json). */
export function checkReport(result: CheckResult, lang: Lang): string {
  const t = strings(lang).cli.check;
  const lines: string[] = [];
  lines.push(t.heading(result.sheet, result.year, t.yearSource[result.yearSource], result.asOf));
  if (result.rows.length === 0) lines.push(t.noRows);
  else {
    const counts = new Map<string, number>();
    for (const r of result.rows) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
    const order = ["overdue", "due-soon", "open", "ongoing", "recurring", "done", "unknown"] as const;
    const parts = order.filter((s) => counts.get(s)).map((s) => `${t.stateName[s]} ${counts.get(s)}`);
    lines.push(t.counts(result.rows.length, parts.join(t.listSep)));
  }
  const n = (sev: string) => result.findings.filter((f) => f.severity === sev).length;
  lines.push("");
  if (result.findings.length === 0) lines.push(t.noFindings);
  else {
    lines.push(t.findingsTitle(n("error"), n("warning"), n("info")));
    for (const f of result.findings) lines.push(t.findingLine(t.severityName[f.severity], f.message));
  }
  const listRows = (state: "overdue" | "due-soon", title: string) => {
    const rows = result.rows.filter((r) => r.state === state);
    if (rows.length === 0) return;
    lines.push("", title);
    for (const r of rows) lines.push(t.taskLine(r.row, r.no, r.task.replace(/\s+/g, " "), r.deadline.text.replace(/\s+/g, " "), r.deadline.due));
  };
  listRows("overdue", t.overdueTitle);
  listRows("due-soon", t.dueSoonTitle(result.dueSoonDays));
  if (result.summary.length > 0) {
    lines.push("", t.unitsTitle);
    for (const s of sortForAttention(result.summary).slice(0, MAX_UNITS_IN_REPORT))
      lines.push(t.unitLine(s.unit, s.generic, s.total, s.overdue, s.dueSoon, s.done));
    if (result.summary.length > MAX_UNITS_IN_REPORT) lines.push(t.moreUnits(result.summary.length - MAX_UNITS_IN_REPORT));
  }
  return lines.join("\n") + "\n";
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseCheckArgs(argv);
  const t = strings(args.lang).cli.check;
  if (args.help) {
    io.stdout(t.usage + "\n");
    return 0;
  }
  // -o is checked before any work: empty, wrong extension, the input itself (by identity), no such folder.
  if (args.out !== undefined) checkOutputPath(args.out, { input: args.file, lang: args.lang });
  const bytes = readInputFile(args.file, args.lang);
  const asOf = args.asOf ?? todayIso();
  const workbookName = path.basename(args.file);
  let result: CheckResult;
  /** What the plan says about the output itself (too many units, content the .xlsx copy cannot keep). */
  let notes: Finding[] = [];
  try {
    if (args.out !== undefined) {
      const { processWorkbook } = await import("../../workbook/process");
      const processed = await processWorkbook(bytes, {
        sheet: args.sheet,
        year: args.year,
        asOf,
        dueSoonDays: args.dueSoonDays,
        fixedAsOf: args.asOf !== undefined,
        workbookName,
        parts: partsFor("runAll") ?? undefined,
        lang: args.lang,
      });
      result = processed.result;
      notes = processed.plan?.notes ?? [];
      // Never a half-made output: without a header there is nothing to add to the table.
      if (processed.output && result.layout) {
        await writeOutput(args.out, processed.output, { input: args.file, lang: args.lang });
      }
    } else {
      // The same read as -o (converted formats, streamed .xlsx bounded by the table), nothing written.
      const { processWorkbook } = await import("../../workbook/process");
      ({ result } = await processWorkbook(bytes, {
        ...(args.sheet !== undefined ? { sheet: args.sheet } : {}),
        ...(args.year !== undefined ? { year: args.year } : {}),
        asOf,
        dueSoonDays: args.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS,
        workbookName,
        lang: args.lang,
      }));
    }
  } catch (err) {
    if (err instanceof WorkbookError) throw new UsageError(`${args.file}：${err.message}`);
    throw err;
  }
  if (args.json) {
    io.stdout(JSON.stringify(checkJson(result)) + "\n");
    // stdout stays one JSON object; notes about the output file go to stderr.
    for (const n of notes) io.stderr(n.message + "\n");
  } else {
    io.stdout(checkReport(result, args.lang));
    if (args.out) io.stdout((result.layout ? t.wrote(args.out) : t.notWritten(args.out)) + "\n");
    for (const n of notes) io.stdout(n.message + "\n");
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
