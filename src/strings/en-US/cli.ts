import type { cli as zh } from "../zh-CN/cli";

/** cli strings (en-US): the same keys as zh-CN. */
export const cli: typeof zh = {
  check: {
    needFile: "Name the .xlsx file to check, e.g.: breakdown check table.xlsx --json",
    unknownOption: (opt) => `Unknown option "${opt}": use --sheet, --year, --as-of, --due-soon, -o or --json (see --help).`,
    needValue: (opt) => `Option ${opt} needs a value.`,
    badYear: (v) => `"${v}" is not a year: write four digits, e.g. --year 2022.`,
    badAsOf: (v) => `"${v}" is not a date: write YYYY-MM-DD, e.g. --as-of 2022-10-20.`,
    badDueSoon: (v) => `"${v}" is not a number of days: write a whole number from 0 to 366, e.g. --due-soon 15.`,
    tooManyFiles: (extra) => `Check one file at a time; extra argument "${extra}": run them separately.`,
    fileNotFound: (f) => `File "${f}" not found: check its name and path.`,
    fileUnreadable: (f) => `Cannot read "${f}": make sure it is a file and no other program holds it.`,
    outputUnwritable: (f) => `Cannot write "${f}": make sure the folder exists and the file is not open in Excel.`,
    outputSameAsInput: "The output must not be the input file: name another file with -o; the original is never changed.",
    yearSource: { user: "set by you", title: "the table's title", workbook: "the file name", document: "the document", "as-of": "the as-of year" },
    stateName: {
      done: "done",
      overdue: "overdue",
      "due-soon": "due soon",
      open: "open",
      ongoing: "ongoing",
      recurring: "recurring",
      unknown: "deadline unknown",
    },
    severityName: { error: "error", warning: "warning", info: "info" },
    heading: (sheet, year, source, asOf) => `Sheet "${sheet}" | plan year ${year} (from ${source}) | as of ${asOf}`,
    counts: (rows, parts) => `${rows} tasks: ${parts}`,
    noRows: "No task rows found.",
    findingsTitle: (e, w, i) => `Findings: ${e} errors, ${w} warnings, ${i} info`,
    noFindings: "No findings.",
    findingLine: (sev, message) => `  [${sev}] ${message}`,
    overdueTitle: "Overdue tasks:",
    dueSoonTitle: (n) => `Due within ${n} days:`,
    taskLine: (row, no, task, deadline, due) => `  row ${row}${no ? ` (No. ${no})` : ""} ${task} | deadline: ${deadline}${due ? ` (${due})` : ""}`,
    unitsTitle: "Units (those needing attention first):",
    unitLine: (unit, generic, total, overdue, dueSoon, done) =>
      `  ${unit}${generic ? " (group)" : ""}: ${total} tasks, ${overdue} overdue, ${dueSoon} due soon, ${done} done`,
    moreUnits: (n) => `  … and ${n} more units (see --json)`,
    wrote: (f) => `Written: ${f}`,
  },
};
