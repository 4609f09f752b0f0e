import type { outcome as zh } from "../zh-CN/outcome";

/** outcome strings (en-US): same keys as zh-CN. */
export const outcome: typeof zh = {
  column: { task: "Task", requirement: "Requirement", unit: "Responsible unit", deadline: "Deadline" },
  noHeader: (sheet) =>
    `Nothing was written: sheet "${sheet}" has no task-table header. Choose the sheet whose header has task, requirement, unit and deadline columns.`,
  missingColumns: (names) =>
    `Nothing was written: the header has no ${names.map((n) => `"${n}"`).join(", ")} column. Add these columns (or rename the matching headers) and run again.`,
  noRows: "Nothing was written: there are no task rows under the header.",
  withErrors: (n) => `Done, but with ${n} error${n === 1 ? "" : "s"}: fix them as the check results say and run again.`,
  checkedWithErrors: (n) => `Check finished: ${n} error${n === 1 ? "" : "s"} found. Fix them as the check results say.`,
  done: "Done.",
};
