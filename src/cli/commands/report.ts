/**
 * `breakdown report FILE [--sheet S] [--year Y] [--as-of YYYY-MM-DD] -o 通报.txt|通报.docx` — the 通报 draft
 * (src/core/report buildNotice) of a table as of a date: the counts the overview shows, the units with the most
 * overdue tasks, the tasks newly overdue since the previous report (the as-of date the overview recorded), the
 * tasks due in the next N days. .docx through the `docx` package, loaded only here.
 */
import * as path from "node:path";
import { readAsOf } from "../../app/settings";
import { readInputFile } from "../files";
import { checkOutputPath, writeOutput } from "../output";
import { UsageError, type CliIO } from "../io";
import { langArg, readArgs, yearOption } from "../args";
import { strings } from "../../strings";
import { checkAndPlan } from "../../app/check-and-plan";
import { todayIso } from "../../core/dates";
import { buildNotice, noticeText, type Notice } from "../../core/report/notice";
import { readOverviewRecord } from "../../core/plan";
import { WorkbookError } from "../../workbook/errors";

const EXTENSIONS = [".docx", ".txt"] as const;

/** The 通报 as a .docx: the title bold and centred, one paragraph per line. */
export async function noticeDocx(notice: Notice): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, TextRun, AlignmentType } = await import("docx");
  const [title, ...rest] = notice.paragraphs;
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: title ?? "", bold: true, size: 32 })] }),
          ...rest.map((p) => new Paragraph({ children: [new TextRun({ text: p, size: 28 })], spacing: { after: 120 } })),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const lang = langArg(argv);
  const c = strings(lang).cli.check;
  const t = strings(lang).report;
  const { values, positionals: files } = readArgs(argv, {
    options: {
      help: { type: "boolean", short: "h" },
      sheet: { type: "string" },
      year: yearOption(c.badYear),
      "as-of": {
        type: "string",
        read: (value: string) => {
          const v = readAsOf(value);
          if (v === null) throw new UsageError(c.badAsOf(value.trim()));
          return v;
        },
      },
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
    const { loadWorkbook, pickTableSheet, readAliases, sheetCells, isGeneratedWorksheet } = await import("../../workbook/read");
    const wb = await loadWorkbook(bytes);
    const ws = pickTableSheet(wb, values.sheet);
    const { result } = checkAndPlan({
      cells: sheetCells(ws),
      settings: { year: values.year, asOf },
      parts: null,
      workbookName: path.basename(file),
      aliases: readAliases(wb),
      lang,
    });
    // The previous report: the as-of date the overview of this table recorded, when earlier than this one.
    let previousAsOf: string | null = null;
    for (const sheet of wb.worksheets.filter((s) => isGeneratedWorksheet(s))) {
      const record = readOverviewRecord(sheetCells(sheet, 12).values);
      if (record?.asOf && record.source === ws.name && record.asOf < asOf) previousAsOf = record.asOf;
    }
    notice = buildNotice(result, { lang, previousAsOf });
  } catch (err) {
    if (err instanceof WorkbookError) throw new UsageError(strings(lang).cli.check.fileError(file, err.message));
    throw err;
  }
  const isDocx = path.extname(out).toLowerCase() === ".docx";
  const output = isDocx ? await noticeDocx(notice) : new TextEncoder().encode(noticeText(notice));
  await writeOutput(out, output, { input: file, lang, extensions: EXTENSIONS });
  io.stdout(t.wrote(out) + "\n");
  return 0;
}
