import type { deadline as zh } from "../zh-CN/deadline";

/** deadline command strings (en-US): the same keys as zh-CN. */
export const deadline: typeof zh = {
  usage: [
    "usage: breakdown deadline [--year Y] [PHRASE ...]",
    "  Normalises deadline phrases to JSON, one a line: {\"text\",\"kind\",\"due\",\"milestones\",\"ongoing\"}.",
    "  --year Y   the plan year (for phrases without a year; 次年/明年 = Y+1); default: this year.",
    "  With no PHRASE, reads JSON Lines on standard input: a JSON string, or {\"text\": …, \"year\": …} a line,",
    "  and answers one line per input line, in order. A blank line is an empty deadline (kind empty).",
    "  A line that is not JSON (or has a bad text/year) is answered {\"error\": …}; the other lines are",
    "  answered as usual, a note goes to standard error at the end, and the exit status is 2.",
  ].join("\n"),
  missingYear: "Option --year needs a year, e.g. --year 2022.",
  badYear: (v) => `"${v}" is not a year: write four digits, e.g. --year 2022.`,
  unknownOption: (opt) => `Unknown option "${opt}": deadline only takes --year (see --help).`,
  notJson: (n) => `Line ${n} is not JSON: write a JSON string ("10月底前") or {"text": "10月底前", "year": 2022}.`,
  badText: (n) => `Line ${n} has no text: write {"text": "10月底前"}; text must be a string.`,
  badLineYear: (n) => `Line ${n} has a year that is not a year: write four digits, e.g. "year": 2022.`,
  badLines: (count, first) =>
    `${count} input lines could not be read (the first is line ${first}); each got an {"error": …} line in the output. Correct them and run again.`,
};
