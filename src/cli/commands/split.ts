/**
 * `breakdown split FILE [--as-of D] [--units A,B,…] [--report-by D] [--password P] -o FOLDER/`
 * 分发: one workbook per unit, named "<table> - <unit>.xlsx", written into FOLDER (created when missing).
 * Exit 0 done, 2 bad usage or a file that cannot be read (one line on standard error).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { readInputFile } from "../files";
import { writeOutput } from "../output";
import { UsageError, type CliIO } from "../io";
import { checkedOption, langArg, readArgs } from "../args";
import { strings, type Lang } from "../../strings";
import { isoDate, todayIso } from "../../core/dates";
import { WorkbookError } from "../../workbook/errors";
import { UNIT_LIST_SEPARATORS } from "../../core/vocab/cycle";

export interface SplitArgs {
  file: string;
  asOf?: string;
  units?: string[];
  reportBy?: string;
  password?: string;
  out?: string;
  lang: Lang;
  help?: boolean;
}

export function parseSplitArgs(argv: string[]): SplitArgs {
  const lang = langArg(argv);
  const t = strings(lang).cycle.split;
  const { values, positionals } = readArgs(argv, {
    options: {
      help: { type: "boolean", short: "h" },
      "as-of": checkedOption(isoDate, t.badAsOf),
      units: { type: "string", nonEmpty: true },
      "report-by": { type: "string", nonEmpty: true },
      password: { type: "string" },
      out: { type: "string", short: "o", aliases: ["output"], nonEmpty: true },
      lang: { type: "string" },
    },
    unknownOption: t.unknownOption,
    needValue: t.needValue,
  });
  if (values.help) return { file: "", lang, help: true };
  if (positionals.length === 0) throw new UsageError(t.needFile);
  if (positionals.length > 1) throw new UsageError(t.tooManyFiles(positionals[1] ?? ""));
  if (!values.out) throw new UsageError(t.needOut);
  const units = values.units
    ?.split(UNIT_LIST_SEPARATORS)
    .map((u) => u.trim())
    .filter((u) => u);
  return {
    file: positionals[0] ?? "",
    ...(values["as-of"] ? { asOf: values["as-of"] } : {}),
    ...(units && units.length ? { units } : {}),
    ...(values["report-by"] ? { reportBy: values["report-by"] } : {}),
    ...(values.password ? { password: values.password } : {}),
    out: values.out,
    lang,
  };
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseSplitArgs(argv);
  const t = strings(args.lang).cycle.split;
  if (args.help) {
    io.stdout(t.usage + "\n");
    return 0;
  }
  const bytes = readInputFile(args.file, args.lang);
  const dir = args.out ?? "";
  const { splitWorkbook } = await import("../../workbook/split");
  let split: Awaited<ReturnType<typeof splitWorkbook>>;
  try {
    split = await splitWorkbook(bytes, {
      asOf: args.asOf ?? todayIso(),
      workbookName: path.basename(args.file),
      tableName: path.basename(args.file).replace(/\.[^.]+$/, ""),
      lang: args.lang,
      ...(args.units ? { units: args.units } : {}),
      ...(args.reportBy ? { reportBy: args.reportBy } : {}),
      ...(args.password ? { password: args.password } : {}),
    });
  } catch (err) {
    if (err instanceof WorkbookError) throw new UsageError(t.fileError(args.file, err.message));
    throw err;
  }
  if (!split.result.layout) throw new UsageError(t.noHeader(args.file));
  if (split.plan.unknownUnits.length) throw new UsageError(t.unknownUnits(split.plan.unknownUnits.join(strings(args.lang).cycle.listSep), split.plan.allUnits.join(strings(args.lang).cycle.listSep)));
  if (split.files.length === 0) throw new UsageError(t.noUnits);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch {
    throw new UsageError(t.folderUnwritable(dir));
  }
  for (const f of split.files) await writeOutput(path.join(dir, f.fileName), f.bytes, { input: args.file, extensions: [".xlsx"], lang: args.lang });
  io.stdout(t.wrote(split.files.length, dir) + "\n");
  for (const f of split.files) io.stdout(t.fileLine(f.fileName, f.unit, f.tasks) + "\n");
  return 0;
}
