import type { ui as zh } from "../zh-CN/ui";
import { words } from "./words";

/** ui strings (en-US): the same keys as zh-CN. */
export const ui: typeof zh = {
  productName: "Task Breakdown Assistant",
  unitSep: "、",
  tagline: "Task breakdown tables: check, normalise deadlines, mark overdue, summarise",
  loading: "Loading…",

  tabs: {
    label: "Features",
    table: "Process table",
    import: "Import from document",
  },

  actions: {
    groupLabel: "Actions",
    validate: "Check",
    normalise: "Normalise deadlines",
    highlight: "Mark overdue",
    summarise: "Summarise",
    runAll: "Run all",
  },
  actionHints: {
    validate: "Check the header, missing values, deadlines and units; lists problems, changes nothing",
    normalise: "Add the columns 规范时限 and 时限类型 right of the table; original cells stay as they are",
    highlight: "Add the 规范时限 column and conditional formats marking overdue and due-soon rows",
    summarise: "Build the overview sheet and one task sheet per unit",
    runAll: "Check, normalise deadlines, mark overdue and summarise, in that order",
  },

  standalone: {
    notInExcel: "Not running in Excel: you can open an .xlsx file and process it on this page. The file is not uploaded.",
    openFile: "Open .xlsx file",
    fileInputLabel: "Choose the .xlsx file to process",
    dropZone: "Drop an .xlsx file here, or press Enter to choose a file",
    dropZoneActive: "Release to open the file",
    sample: "Sample table",
    sampleHint: "Open the sample task breakdown table shipped with this tool (2022 government transparency work)",
    download: "Download result",
    downloadHint: "Save the processed workbook (original cells unchanged; results are in added columns and sheets)",
    noFile: "No file open yet.",
    currentFile: (name: string) => `Current file: ${name}`,
    processed: "Processed: the result can be downloaded.",
    resultSuffix: "-result",
  },

  settings: {
    heading: "Settings",
    summary: (year: string, asOf: string, days: string) => `Plan year ${year} · as of ${asOf} · due soon ${days} days`,
    year: "Plan year",
    yearPlaceholder: "Detect",
    yearDetected: (year: number, source: string) => `Detected: ${year} (${source})`,
    yearSources: {
      user: "set by you",
      title: "from the table title",
      workbook: "from the file name",
      document: "from the document",
      "as-of": "the as-of date's year",
    },
    asOf: "As-of date",
    asOfHint: "Overdue and due-soon are judged against this date; today by default",
    planYearOver: (year: number, end: string) =>
      `Plan year ${year} is over: as of today nearly every task shows as overdue. To see the year-end state, set the as-of date to ${end} and run again.`,
    asOfToday: "Use today",
    dueSoon: "Due-soon days",
    dueSoonHint: "A task due within this many days after the as-of date is due soon",
    sheet: "Sheet holding the table",
    sheetAuto: "Automatic",
    sheetHint: "Automatic: the first sheet with a header row",
    sheetActive: "Active sheet",
  },

  progress: {
    label: "Progress",
    working: "Working…",
    read: "Reading the table…",
    check: "Checking…",
    plan: "Preparing results…",
    write: "Writing results…",
    columns: "Writing normalised deadlines…",
    highlights: "Setting overdue highlights…",
    sheets: "Building summary sheets…",
    open: "Opening the file…",
    done: "Done",
  },

  counts: {
    heading: "At a glance",
    rows: "Task rows read",
    errors: "Errors",
    warnings: "Warnings",
    overdue: words.state.overdue,
    dueSoon: words.state["due-soon"],
    sheetLine: (sheet: string, year: number, asOf: string) => `Sheet "${sheet}" · plan year ${year} · as of ${asOf}`,
  },

  findings: {
    heading: "Check results",
    none: "No problems found.",
    notRun: "Click Check to examine the table.",
    error: "Errors",
    warning: "Warnings",
    info: "Notes",
    groupTitle: (label: string, n: number) => `${label} (${n})`,
    where: (row: number | null, column: string | null) =>
      row === null ? (column === null ? "Whole sheet" : `Column ${column}`) : column === null ? `Row ${row}` : `${column}${row}`,
    selectHint: "Click to select the cell in the sheet",
    findingLabel: (where, message, hint) => `${where}: ${message}. ${hint}`,
    more: (n: number) => `${n} more not listed`,
  },

  preview: {
    heading: "Result preview",
    overdueHeading: (n: number) => `Overdue tasks (${n})`,
    dueSoonHeading: (n: number) => `Tasks due soon (${n})`,
    noRows: "None",
    overviewHeading: "Overview by unit",
    overviewEmpty: "No units were read.",
    chartAlt: "Bar charts: completion rate and overdue tasks by unit (units with most overdue tasks first)",
    generic: " (group)",
    col: {
      row: "Row",
      no: "No.",
      requirement: "Requirement",
      units: "Units",
      deadline: "Deadline",
      due: "Due",
      unit: "Unit",
      lead: words.role.lead,
      responsible: words.role.responsible,
      cooperate: words.role.cooperate,
      total: "Total",
      done: words.state.done,
      overdue: words.state.overdue,
      dueSoon: words.state["due-soon"],
      ongoing: words.state.ongoing,
      unknown: words.state.unknown,
    },
    tableLabel: (name: string) => `${name} table`,
  },

  done: {
    validate: "Check finished.",
    normalise: "Normalised deadline column added.",
    highlight: "Overdue and due-soon rows marked.",
    summarise: "Summary sheets built.",
    runAll: "All done.",
  },

  errors: {
    title: "The action did not finish",
    generic: "An unexpected error stopped the action; the table was not changed. Try again; if it keeps happening, send the file and the steps to your administrator.",
    brokenFile: (name: string) =>
      `Cannot read "${name}": it is not a valid .xlsx workbook, or the file is damaged. Open it in Excel or WPS and save it as "Excel Workbook (.xlsx)", then try again.`,
    notXlsx: (name: string) =>
      `"${name}" is not an .xlsx file. Save it as "Excel Workbook (.xlsx)" in Excel or WPS and open that (.xls, .et and .csv cannot be processed directly).`,
    noFile: "Open an .xlsx file first, or click Sample table.",
    sampleFailed: "The sample table could not be loaded. Reload the page and try again.",
    yearInvalid: "The plan year must be a four-digit year between 1990 and 2100; leave it empty to detect it.",
    asOfInvalid: "The as-of date must be year-month-day, e.g. 2022-10-15.",
    dueSoonInvalid: "Due-soon days must be a whole number from 0 to 366.",
    selectFailed: "Cannot select that cell: the sheet may have been renamed or deleted.",
    dismiss: "Dismiss",
    excelHostFailed: "Cannot connect to Excel. Close the task pane and open it again; if that does not help, restart Excel.",
  },
};
