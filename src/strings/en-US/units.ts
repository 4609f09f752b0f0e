import type { units as zh } from "../zh-CN/units";

/** units strings (en-US): the `units` command's help and messages. */
export const units: typeof zh = {
  usage: [
    "usage: breakdown units [--header HEADER] [CELL ...]",
    "  One JSON line per argument: {\"text\",\"units\":[{\"name\",\"role\",\"generic\"}]} (plus \"canonical\" when the name is a short form).",
    "  role: lead, responsible or cooperate; generic: true when the name addresses a class of units (e.g. 各区人民政府).",
    "  --header HEADER: the column header the cells stand under (e.g. 牵头单位, 配合单位); default 责任单位.",
    "  Without CELL arguments, reads JSON Lines from standard input: each line a JSON string or {\"text\": …, \"header\": …},",
    "  one output line per input line, in order; a line that is not JSON gives {\"error\": …}, and the exit status is then 2.",
  ].join("\n"),
  missingHeader: "“--header” needs a header text, e.g. --header 牵头单位.",
  unknownOption: (opt: string) => `Unknown option “${opt}”: units accepts only --header HEADER (see --help).`,
  badLine: (line: number) =>
    `Line ${line} is not valid input: each line must be a JSON string (e.g. "市发改委") or {"text": "…", "header": "…"}.`,
  badLines: (count: number, first: number) =>
    `${count} line(s) of standard input are not valid JSON (first at line ${first}); they were answered with {"error": …}: write a JSON string or {"text": …}.`,
};
