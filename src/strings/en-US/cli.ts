import type { cli as zh } from "../zh-CN/cli";

/** cli strings (en-US): the same keys as zh-CN. */
export const cli: typeof zh = {
  check: {
    usage: [
      "usage: breakdown check FILE.xlsx [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [-o OUT.xlsx] [--json]",
      "  Checks a task breakdown table: its problems, overdue and soon-due tasks, and a summary per unit. Exit status: 0 no errors, 1 errors found, 2 bad usage or file.",
      "  --sheet S            the sheet to check; default: the one with a header row",
      "  --year Y             the plan year; default: read from the table's title or the file name",
      "  --as-of YYYY-MM-DD   the date to check against; default: today",
      "  --due-soon N         how many days ahead count as due soon; default 15",
      "  -o OUT.xlsx          also save the workbook with the added deadline columns, highlights and summary sheets; the input is not changed",
      "  --json               print one JSON object instead of the report",
    ].join("\n"),
    needFile: "Name the .xlsx file to check, e.g.: breakdown check table.xlsx --json",
    unknownOption: (opt) => `Unknown option "${opt}": use --sheet, --year, --as-of, --due-soon, -o or --json (see --help).`,
    needValue: (opt) => `Option ${opt} needs a value.`,
    badYear: (v) => `"${v}" is not a year: write four digits, e.g. --year 2022.`,
    badAsOf: (v) => `"${v}" is not a date: write YYYY-MM-DD, e.g. --as-of 2022-10-20.`,
    badDueSoon: (v) => `"${v}" is not a number of days: write a whole number from 0 to 366, e.g. --due-soon 15.`,
    tooManyFiles: (extra) => `Check one file at a time; extra argument "${extra}": run them separately.`,
    yearSource: { user: "set by you", title: "the table's title", workbook: "the file name", document: "the document", "as-of": "the as-of year" },
    severityName: { error: "error", warning: "warning", info: "info" },
    heading: (sheet, year, source, asOf) => `Sheet "${sheet}" | plan year ${year} (from ${source}) | as of ${asOf}`,
    counts: (rows, parts) => `${rows} tasks: ${parts}`,
    noRows: "No task rows found.",
    findingsTitle: (e, w, i) => `Findings: ${e} errors, ${w} warnings, ${i} info`,
    noFindings: "No findings.",
    findingsList: "Findings (errors first):",
    findingLine: (sev, message) => `  [${sev}] ${message}`,
    overdueTitle: "Overdue tasks:",
    more: (n) => `  … and ${n} more (see all with --json or -o)`,
    dueSoonTitle: (n) => `Due within ${n} days:`,
    taskLine: (row, no, task, deadline, due) => `  row ${row}${no ? ` (No. ${no})` : ""} ${task} | deadline: ${deadline}${due ? ` (${due})` : ""}`,
    unitsTitle: "Units (those needing attention first):",
    unitLine: (unit, generic, total, overdue, dueSoon, done) =>
      `  ${unit}${generic ? " (group)" : ""}: ${total} tasks, ${overdue} overdue, ${dueSoon} due soon, ${done} done`,
    wrote: (f) => `Written: ${f}`,
    notWritten: (f) => `"${f}" not written (see above why).`,
    listSep: ", ",
    fileError: (file, message) => `${file}: ${message}`,
  },
  main: {
    usageTitle: "usage:",
    unknownCommand: (name) => `Unknown command "${name}": use deadline, units, check, import, split or collect (see --help).`,
    crashed: (detail) => `Something went wrong: ${detail} (if it happens again, please report this file and command).`,
  },
};
