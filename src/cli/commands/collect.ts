/**
 * `breakdown collect FILE RETURNED.xlsx… [--as-of D] -o OUT.xlsx [--json]`
 * 回收: the returned unit workbooks merged into added columns of the master, written as a new file. Prints a
 * readable report, or with --json one object: {asOf, returned, missing, unmatched, duplicates, rows}
 * (ARCHITECTURE.md). Exit 0 done (warnings allowed), 2 bad usage or a file that cannot be read.
 */
import * as path from "node:path";
import { readInputFile } from "../files";
import { checkOutputPath, writeOutput } from "../output";
import { UsageError, type CliIO } from "../io";
import { checkedOption, langArg, readArgs } from "../args";
import { strings, type Lang } from "../../strings";
import { isoDate, todayIso } from "../../core/dates";
import type { CollectOutcome } from "../../core/cycle";
import { WorkbookError } from "../../workbook/errors";

export interface CollectArgs {
  file: string;
  returned: string[];
  asOf?: string;
  out?: string;
  json: boolean;
  lang: Lang;
  help?: boolean;
}

export function parseCollectArgs(argv: string[]): CollectArgs {
  const lang = langArg(argv);
  const t = strings(lang).cycle.collect;
  const { values, positionals } = readArgs(argv, {
    options: {
      help: { type: "boolean", short: "h" },
      json: { type: "boolean" },
      "as-of": checkedOption(isoDate, t.badAsOf),
      out: { type: "string", short: "o", aliases: ["output"], nonEmpty: true },
      lang: { type: "string" },
    },
    unknownOption: t.unknownOption,
    needValue: t.needValue,
  });
  if (values.help) return { file: "", returned: [], json: false, lang, help: true };
  if (positionals.length === 0) throw new UsageError(t.needFile);
  if (positionals.length === 1) throw new UsageError(t.needReturned);
  if (!values.out && !values.json) throw new UsageError(t.needOut);
  return {
    file: positionals[0] ?? "",
    returned: positionals.slice(1),
    ...(values["as-of"] ? { asOf: values["as-of"] } : {}),
    ...(values.out ? { out: values.out } : {}),
    json: values.json === true,
    lang,
  };
}

/** The `collect --json` object, exactly as ARCHITECTURE.md names its fields. */
export function collectJson(o: CollectOutcome): unknown {
  return {
    asOf: o.asOf,
    returned: o.returned.map((r) => ({ unit: r.unit, file: r.file, date: r.date })),
    missing: [...o.missing],
    unmatched: o.unmatched.map((u) => ({ file: u.file, row: u.row, reason: u.reason })),
    duplicates: o.duplicates.map((d) => ({ unit: d.unit, file: d.file, row: d.row, reason: d.reason })),
    rows: o.rows.map((r) => ({ row: r.row, key: r.key, state: r.state, reports: r.reports.map((x) => ({ unit: x.unit, state: x.state, progress: x.progress })) })),
  };
}

/** The readable report (no --json). */
export function collectReport(o: CollectOutcome, lang: Lang): string {
  const t = strings(lang).cycle.collect;
  const reason = (code: string, message?: string) => message ?? strings(lang).cycle.reason[code] ?? code;
  const lines: string[] = [t.heading(o.asOf, o.returned.length, o.returned.length + o.missing.length)];
  const rows = o.result.rows;
  lines.push(t.counts(rows.length, rows.filter((r) => r.state === "done").length, rows.filter((r) => r.state === "overdue").length));
  if (o.returned.length) {
    lines.push("", t.returnedTitle);
    for (const r of o.returned) lines.push(t.returnedLine(r.unit, r.file, r.date));
  }
  if (o.missing.length) lines.push("", t.missingTitle(o.missing.length), t.missingLine(o.missing.join(strings(lang).cli.check.listSep)));
  const problems = (title: string, list: CollectOutcome["unmatched"]) => {
    if (!list.length) return;
    lines.push("", title);
    for (const p of list) lines.push(t.problemLine(p.file, p.row, reason(p.reason, p.message)));
  };
  problems(t.unmatchedTitle(o.unmatched.length), o.unmatched);
  problems(t.duplicatesTitle(o.duplicates.length), o.duplicates);
  const notes = (title: string, list: CollectOutcome["byText"]) => {
    if (!list.length) return;
    lines.push("", title);
    for (const n of list) lines.push(t.noteLine(n.file, n.row, n.no));
  };
  notes(t.byTextTitle(o.byText.length), o.byText);
  notes(t.movedTitle(o.moved.length), o.moved);
  return lines.join("\n") + "\n";
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseCollectArgs(argv);
  const t = strings(args.lang).cycle.collect;
  if (args.help) {
    io.stdout(t.usage + "\n");
    return 0;
  }
  if (args.out) checkOutputPath(args.out, { input: args.file, extensions: [".xlsx"], lang: args.lang });
  const master = readInputFile(args.file, args.lang);
  const returned = args.returned.map((f) => ({ name: f, bytes: readInputFile(f, args.lang) }));
  const { collectWorkbook } = await import("../../workbook/collect");
  let collected: Awaited<ReturnType<typeof collectWorkbook>>;
  try {
    collected = await collectWorkbook(master, returned, { asOf: args.asOf ?? todayIso(), workbookName: path.basename(args.file), lang: args.lang });
  } catch (err) {
    if (err instanceof WorkbookError) throw new UsageError(strings(args.lang).cycle.split.fileError(args.file, err.message));
    throw err;
  }
  if (!collected.output) throw new UsageError(t.noHeader(args.file));
  if (args.out) await writeOutput(args.out, collected.output, { input: args.file, extensions: [".xlsx"], lang: args.lang });
  if (args.json) io.stdout(JSON.stringify(collectJson(collected.outcome)) + "\n");
  else {
    io.stdout(collectReport(collected.outcome, args.lang));
    if (args.out) io.stdout(t.wrote(args.out) + "\n");
  }
  return 0;
}
