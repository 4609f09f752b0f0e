import type { outputs as zh } from "../zh-CN/outputs";

/** outputs strings (en-US): same keys as zh-CN. */
import { words } from "./words";

export const outputs: typeof zh = {
  deadlineHeader: "Normalised due date",
  kindHeader: "Deadline type",
  kind: { date: "Date", ongoing: words.state.ongoing, recurring: words.state.recurring, unknown: words.state.unknown },
  stateHeader: "Task state",
  overviewTitle: "Task breakdown summary (by unit)",
  infoSource: "Source sheet",
  infoYear: "Plan year",
  infoAsOf: "As of",
  infoAsOfToday: (asOf: string) => `${asOf} (overdue / due-soon colours follow the date the file is opened)`,
  infoBuiltAt: "Built at",
  infoRows: "Task rows",
  overviewHeaders: [
    "Unit",
    "Kind",
    words.role.lead,
    words.role.responsible,
    words.role.cooperate,
    "Tasks",
    words.state.done,
    words.state.overdue,
    words.state["due-soon"],
    words.state.ongoing,
    words.state.unknown,
    "Details",
  ],
  specific: "Unit",
  generic: "Generic (class of units)",
  totals: "Total (tasks, each counted once)",
  assignments: "Unit-task assignments (sum over units: a task shared by three units counts three times)",
  openSheet: "Open",
  noDetailSheet: "(too many units for a sheet each)",
  unitTitle: (unit: string) => `${unit} — tasks`,
  genericNote: "This sheet is for a class of units (e.g. 各区人民政府), not one particular unit.",
  genericSuffix: " (generic)",
  backToOverview: "Back to summary",
  unitHeaders: ["Source row", "No.", "Task", "Requirement", "Role", "Deadline as written", "Due date", "State"],
  tooManyUnits: (n: number, max: number) =>
    `The table names ${n} units, more than ${max}: only the summary sheet was made, no sheet per unit. Merge different spellings of the same unit in a 单位别名 sheet, or filter the summary.`,
  /** What the result file cannot carry over from the original (src/workbook/fidelity.ts), by kind. */
  droppedKind: {
    chart: "charts",
    chartsheet: "chart sheets",
    shape: "text boxes or shapes",
    pivot: "pivot tables",
    slicer: "slicers",
    timeline: "timelines",
    vba: "macros (VBA)",
    control: "form or ActiveX controls",
    ole: "embedded objects",
    sparkline: "sparklines",
    "ext-rule": "conditional-format rules that refer to other sheets",
    "ext-validation": "data validations (such as drop-down lists) that refer to other sheets",
    "external-link": "links to other workbooks",
    connection: "external data connections",
    "threaded-comment": "threaded comments",
    "custom-xml": "custom XML data",
  },
  /** One dropped kind, with how many when more than one: "charts (2)". */
  droppedItem: (name: string, n: number) => (n > 1 ? `${name} (${n})` : name),
  outputDrops: (items: string[]) =>
    `The original file's ${items.join(", ")} cannot be kept in the result file: keep the original file, and use the result file only for viewing and sharing.`,
};
