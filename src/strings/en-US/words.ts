import type { words as zh } from "../zh-CN/words";

/** words (en-US): the one vocabulary of task states and unit roles; same keys as zh-CN. */
export const words: typeof zh = {
  state: {
    overdue: "Overdue",
    "due-soon": "Due soon",
    done: "Done",
    open: "In progress",
    ongoing: "Ongoing",
    recurring: "Recurring",
    unknown: "Deadline unclear",
  },
  role: { lead: "Lead", responsible: "Responsible", cooperate: "Cooperating" },
};
