/**
 * `breakdown check FILE.xlsx [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [--long-overdue N] [-o OUT.xlsx] [--json]`
 * Reads the table, prints the findings (a readable Chinese report, or one JSON object with --json), and with
 * -o writes the processed workbook. Exit 0 (warnings allowed), 1 (errors found), 2 (bad usage or file).
 */
import { readAsOf, readDueSoonDays, readLongOverdueDays } from "../../app/settings";
import { partsFor } from "../../app/actions";
import * as path from "node:path";
import { readInputFile } from "../files";
import { checkOutputPath, writeOutput } from "../output";
import { UsageError, type CliIO } from "../io";
import { checkedOption, langArg, readArgs, yearOption } from "../args";
import { strings, type Lang } from "../../strings";
import type { CheckResult, EditPlan, Finding } from "../../core/types";
import { classifyRun } from "../../app/outcome";
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
  /** --long-overdue: days overdue past which a task is 挂牌 (深红); default 30. */
  longOverdueDays?: number;
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
      "as-of": checkedOption(readAsOf, t.badAsOf),
      "due-soon": checkedOption(readDueSoonDays, t.badDueSoon),
      "long-overdue": checkedOption(readLongOverdueDays, t.badLongOverdue),
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
    longOverdueDays: values["long-overdue"],
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

/** The readable report lives in src/cli/report.ts; kept importable from here. */
import { checkReport } from "../report";
export { checkReport, MAX_LIST_ROWS } from "../report";

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
  /** The plan written with -o (null without -o). */
  let plan: EditPlan | null = null;
  try {
    if (args.out !== undefined) {
      const { processWorkbook } = await import("../../workbook/process");
      const processed = await processWorkbook(bytes, {
        sheet: args.sheet,
        year: args.year,
        asOf,
        dueSoonDays: args.dueSoonDays,
        longOverdueDays: args.longOverdueDays,
        fixedAsOf: args.asOf !== undefined,
        workbookName,
        parts: partsFor("runAll") ?? undefined,
        lang: args.lang,
      });
      result = processed.result;
      notes = processed.plan?.notes ?? [];
      plan = processed.plan;
      // Never a half-made output: no output when nothing could be written (no header, a required column missing).
      if (processed.output) {
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
        ...(args.longOverdueDays !== undefined ? { longOverdueDays: args.longOverdueDays } : {}),
        workbookName,
        lang: args.lang,
      }));
    }
  } catch (err) {
    if (err instanceof WorkbookError) throw new UsageError(t.fileError(args.file, err.message));
    throw err;
  }
  if (args.json) {
    io.stdout(JSON.stringify(checkJson(result)) + "\n");
    // stdout stays one JSON object; notes about the output file go to stderr.
    for (const n of notes) io.stderr(n.message + "\n");
  } else {
    const outcome = classifyRun(result, plan, args.lang);
    io.stdout(checkReport(result, args.lang, outcome));
    if (args.out) io.stdout((outcome.wrote ? t.wrote(args.out) : t.notWritten(args.out)) + "\n");
    for (const n of notes) io.stdout(n.message + "\n");
  }
  return result.findings.some((f) => f.severity === "error") ? 1 : 0;
}
