import type { importDoc as zh } from "../zh-CN/import";

/** import strings (en-US): the same keys as zh-CN. The sheet and column names stay Chinese: 校验 reads them. */
export const importDoc: typeof zh = {
  sheetName: "任务分解表",
  titleSuffix: "任务分解表",
  defaultTitle: (year: number) => `${year}年工作任务分解表`,
  missingValue: {
    task: (row: number) => `Row ${row} has no task: no heading stands above this paragraph in the document; fill in 工作任务.`,
    requirement: (row: number) => `Row ${row} has no requirement: fill in 工作要求.`,
    unit: (row: number) =>
      `Row ${row} has no responsible unit: the document names no 牵头单位 or 责任单位 for this paragraph; fill it in from the original.`,
    deadline: (row: number) =>
      `Row ${row} has no deadline: the document gives no 完成时限 for this paragraph and none was found in its text; fill it in (e.g. 10月底前, 持续推进).`,
  },
  numberGap: (row: number, from: string, to: string, missing: string) =>
    `Row ${row}: the document's numbering jumps from ${from} to ${to}; ${missing} is missing: check whether an item was left out or misnumbered.`,
  numberDuplicate: (row: number, no: string, prev: string) =>
    `Row ${row}: the document numbers ${no} after ${prev} (repeated or out of order): check the numbering in the original.`,
  unitUnknownFragment: (row: number, header: string, fragment: string) =>
    `Row ${row}, ${header}: "${fragment}" is not a unit name: write the unit's full name, or delete it.`,
  remark: {
    inferred: "完成时限由正文推断，请核对",
    noAnnotation: "文稿未标注责任单位和完成时限，请补填",
    noUnits: "文稿未标注责任单位，请补填",
    noDeadline: "文稿未写完成时限，请补填",
    unlabelled: "文稿未写明单位类别，已按责任单位列出",
  },
  noteInferred: (text: string) => `"${text}" was found in the requirement's text; the document gives no separate 完成时限: please check.`,
  cli: {
    usage: [
      "usage: breakdown import DOC.txt|DOC.docx [--year Y] [-o OUT.xlsx] [--json]",
      "  Turns a 工作要点 or 实施方案 (plain text .txt or Word .docx) into a task breakdown table.",
      "  --year Y      the plan year; default: read from the document (this year when it names none)",
      "  -o OUT.xlsx   write the table as a new .xlsx file",
      "  --json        print one JSON object instead of the report",
    ].join("\n"),
    missingFile: "No document to import: usage breakdown import DOC.txt|DOC.docx [--year Y] [-o OUT.xlsx] [--json].",
    tooManyFiles: (extra: string) => `Only one document can be imported; extra argument "${extra}": import one file at a time.`,
    unknownOption: (opt: string) => `Unknown option "${opt}": import accepts --year Y, -o OUT.xlsx and --json.`,
    optionNeedsValue: (opt: string) => `Option "${opt}" needs a value: e.g. ${opt === "--year" ? "--year 2022" : "-o table.xlsx"}.`,
    badYear: (v: string) => `"${v}" is not a valid year: write a four-digit year after --year, e.g. 2022.`,
    notAFile: (file: string) => `"${file}" is not a file: give a .txt or .docx document.`,
    unsupported: (file: string) => `"${file}" is not a supported file: save the document as .docx or plain .txt and import that.`,
    oldDoc: (file: string) => `"${file}" is an old Word .doc file: save it as .docx in Word or WPS and import that.`,
    badDocx: (file: string) => `"${file}" is not a valid .docx file (damaged, or only renamed): open it in Word/WPS and save it again as .docx.`,
    badText: (file: string) => `The text encoding of "${file}" is not recognised: save it as UTF-8 .txt and import again.`,
    noRows: (file: string) =>
      `No tasks found in "${file}": the document needs numbered headings such as 一、, （一） or 1., or paragraphs with an annotation like 〔责任单位：…〕.`,
    summary: (rows: number, year: number, source: string) => `Found ${rows} tasks (plan year ${year}, ${source}).`,
    yearSource: { user: "given by --year", document: "read from the document", "as-of": "not in the document: this year", title: "read from the title", workbook: "read from the file name" },
    withoutUnits: (n: number) => `${n} of them name no responsible unit: fill them in from the original.`,
    withoutDeadline: (n: number) => `${n} have no deadline.`,
    inferred: (n: number) => `${n} deadlines were inferred from the text: please check them.`,
    omitted: (n: number) => `Left out ${n} paragraphs of notice, signature, 印发 or 抄送 text.`,
    written: (file: string, sheet: string) => `Wrote sheet "${sheet}" to "${file}".`,
    findingLine: (severity: string, message: string) => `[${severity}] ${message}`,
    severity: { error: "error", warning: "warning", info: "info" },
  },
  view: {
    title: "Import from a document",
    intro: "Paste the text of a work-points document or an implementation plan below (or choose its .txt/.docx file) to create a new task breakdown sheet. Existing sheets are not changed.",
    textLabel: "Document text",
    textPlaceholder: "e.g. 一、以公开助力经济平稳健康发展\n（一）加强涉及市场主体的信息公开。……（责任单位：……；完成时限：……）",
    yearLabel: "Plan year",
    yearHint: "Leave empty to read it from the document",
    yearInvalid: "Write the year as four digits, e.g. 2022, or leave it empty.",
    button: "Create table",
    working: "Creating…",
    empty: "Paste the document's text first.",
    failed: (message: string) => `No table was created: ${message}`,
    done: (sheet: string, rows: number, year: number) => `Created sheet "${sheet}": ${rows} tasks, plan year ${year}.`,
    rowsFound: "Tasks",
    rowsWithoutUnits: "No unit named",
    rowsWithoutDeadline: "No deadline",
    rowsInferred: "Deadline inferred",
    findingsTitle: "To fix",
    noRows: "No tasks found: paste the body of the document, with numbered headings such as 一、, （一） or 1., or paragraphs with an annotation like 〔责任单位：…〕.",
    noFindings: "No problems found.",
  },
};
