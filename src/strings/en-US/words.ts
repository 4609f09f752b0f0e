import type { words as zh } from "../zh-CN/words";

/** words (en-US): the one vocabulary of task states and unit roles; same keys as zh-CN. */
export const words: typeof zh = {
  state: {
    overdue: "Overdue",
    "stage-overdue": "Stage overdue",
    "due-soon": "Due soon",
    done: "Done",
    open: "In progress",
    ongoing: "Ongoing",
    recurring: "Recurring",
    unknown: "Deadline unclear",
  },
  grade: { green: "Green (on track)", yellow: "Yellow (due soon or stage missed)", red: "Red (overdue)", crimson: "Crimson (flagged for supervision)" },
  longOverdueState: "Overdue (flagged)",
  role: { lead: "Lead", responsible: "Responsible", cooperate: "Cooperating" },
};
