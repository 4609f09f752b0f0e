import type { report as zh } from "../zh-CN/report";
import { words } from "./words";

/** report strings (en-US); same keys as zh-CN. */
export const report: typeof zh = {
  title: (subject: string) => (subject ? `Progress report on ${subject} (draft)` : "Progress report (draft)"),
  counts: (asOf, t, n) =>
    `As of ${asOf}: ${t.total} tasks; ${words.state.done.toLowerCase()} ${t.done}, ${words.state.overdue.toLowerCase()} ${t.overdue} (flagged for supervision ${t.longOverdue}), ${words.state["stage-overdue"].toLowerCase()} ${t.stageOverdue}, due within ${n} days ${t.dueSoon}, ${words.state.ongoing.toLowerCase()} ${t.ongoing}.`,
  topUnits: (items) => `Units with the most overdue tasks: ${items.join(", ")}.`,
  unitCount: (unit, n) => `${unit} (${n})`,
  noOverdue: "No task is overdue.",
  newlyOverdue: (prev, n) => (n ? `Newly overdue since the last report (${prev}): ${n}` : `Nothing newly overdue since the last report (${prev}).`),
  dueSoon: (days, n) => (n ? `Due in the next ${days} days: ${n}` : `Nothing is due in the next ${days} days.`),
  taskLine: (i, task, requirement, units, due) => `${i}. ${task.replace(/\s+/g, " ")}${requirement ? `: ${requirement}` : ""} (${units.join(", ") || "no unit named"}${due ? `, due ${due}` : ""})`,
  closing: "Units responsible: please move the overdue and due-soon tasks forward and report progress on time.",
  usage: "usage: breakdown report FILE [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [--long-overdue N] -o REPORT.txt|REPORT.docx",
  needOut: "Name the report file with -o, ending in .txt or .docx, e.g. -o report.docx.",
  wrote: (file) => `Report written: ${file}`,
  chartDoneRate: "Completion rate by unit",
  chartOverdue: "Overdue tasks by unit",
  sheetName: "Notice",
  recordLabel: "As of / previous report",
};
