/**
 * `breakdown report FILE [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [--long-overdue N] -o 通报.txt|通报.docx`
 * — the 通报 draft
 * (src/core/report buildNotice) of a table as of a date: the counts the overview shows, the units with the most
 * overdue tasks, the tasks newly overdue since the previous report (previousReportAsOf: the date the workbook's 通报
 * sheet recorded, else its overview's — the rule every host applies), the tasks due in the next N days. .docx
 * through the `docx` package (src/workbook/notice-docx.ts), loaded only then.
 */
import * as path from "node:path";
import { readAsOf, readDueSoonDays, readLongOverdueDays } from "../../app/settings";
import { readInputFile } from "../files";
import { checkOutputPath, writeOutput } from "../output";
import { UsageError, type CliIO } from "../io";
import { checkedOption, langArg, readArgs, yearOption } from "../args";
import { strings } from "../../strings";
import { todayIso } from "../../core/dates";
import { buildNotice, noticeText, type Notice } from "../../core/report/notice";
import { WorkbookError } from "../../workbook/errors";

const EXTENSIONS = [".docx", ".txt"] as const;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const lang = langArg(argv);
  const c = strings(lang).cli.check;
  const t = strings(lang).report;
  const { values, positionals: files } = readArgs(argv, {
    options: {
      help: { type: "boolean", short: "h" },
      sheet: { type: "string" },
      year: yearOption(c.badYear),
      "as-of": checkedOption(readAsOf, c.badAsOf),
      "due-soon": checkedOption(readDueSoonDays, c.badDueSoon),
      "long-overdue": checkedOption(readLongOverdueDays, c.badLongOverdue),
      out: { type: "string", short: "o", aliases: ["output"], nonEmpty: true },
      lang: { type: "string" },
    },
    unknownOption: c.unknownOption,
    needValue: c.needValue,
  });
  if (values.help) {
    io.stdout(t.usage + "\n");
    return 0;
  }
  if (files.length === 0) throw new UsageError(c.needFile);
  if (files.length > 1) throw new UsageError(c.tooManyFiles(files[1] ?? ""));
  const file = files[0];
  if (values.out === undefined) throw new UsageError(t.needOut);
  const out = values.out;
  checkOutputPath(out, { input: file, lang, extensions: EXTENSIONS });
  const bytes = readInputFile(file, lang);
  const asOf = values["as-of"] ?? todayIso();
  let notice: Notice;
  try {
    // Read as check reads (src/workbook/process: every format, streamed, bounded by the table); nothing written.
    const { processWorkbook } = await import("../../workbook/process");
    const read = await processWorkbook(bytes, {
      ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
      ...(values.year !== undefined ? { year: values.year } : {}),
      asOf,
      ...(values["due-soon"] !== undefined ? { dueSoonDays: values["due-soon"] } : {}),
      ...(values["long-overdue"] !== undefined ? { longOverdueDays: values["long-overdue"] } : {}),
      workbookName: path.basename(file),
      lang,
    });
    const result = read.result;
    // The previous report: what the workbook's 通报 (else its overview) of this table recorded (one rule, src/core).
    const previousAsOf = read.previousReport ?? null;
    notice = buildNotice(result, { lang, previousAsOf });
  } catch (err) {
    if (err instanceof WorkbookError) throw new UsageError(strings(lang).cli.check.fileError(file, err.message));
    throw err;
  }
  const isDocx = path.extname(out).toLowerCase() === ".docx";
  const output = isDocx ? await (await import("../../workbook/notice-docx")).noticeDocx(notice.paragraphs) : new TextEncoder().encode(noticeText(notice));
  await writeOutput(out, output, { input: file, lang, extensions: EXTENSIONS });
  io.stdout(t.wrote(out) + "\n");
  return 0;
}
