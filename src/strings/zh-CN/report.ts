/** report strings (zh-CN): the 通报 draft (src/core/report) and the `breakdown report` command. */
import { words } from "./words";

type Totals = { total: number; done: number; overdue: number; longOverdue: number; stageOverdue: number; dueSoon: number; ongoing: number };

/** 2022-10-20 → 10月20日 */
function md(iso: string): string {
  const [, m, d] = iso.split("-").map(Number);
  return `${m}月${d}日`;
}

export const report = {
  /** `subject`: the table's title without the words naming the table (src/core/report noticeSubject); may be "". */
  title: (subject: string) => `关于${subject}任务推进情况的通报（初稿）`,
  counts: (asOf: string, t: Totals, n: number) =>
    `截至${md(asOf)}，共${t.total}项任务，${words.state.done}${t.done}项，${words.state.overdue}${t.overdue}项（其中逾期超过规定天数、列为挂牌督办的${t.longOverdue}项），${words.state["stage-overdue"]}${t.stageOverdue}项，${n}天内到期${t.dueSoon}项，${words.state.ongoing}${t.ongoing}项。`,
  topUnits: (items: string[]) => `逾期任务较多的单位：${items.join("、")}。`,
  unitCount: (unit: string, n: number) => `${unit}（${n}项）`,
  noOverdue: "目前没有逾期任务。",
  newlyOverdue: (prev: string, n: number) => (n ? `自上次通报（${md(prev)}）以来新增逾期任务${n}项：` : `自上次通报（${md(prev)}）以来没有新增逾期任务。`),
  dueSoon: (days: number, n: number) => (n ? `今后${days}天内到期的任务${n}项，请责任单位抓紧推进：` : `今后${days}天内没有到期的任务。`),
  taskLine: (i: number, task: string, requirement: string, units: string[], due: string | null) =>
    `${i}. ${task.replace(/\s+/g, "")}${requirement ? `：${requirement}` : ""}（${units.join("、") || "责任单位未填写"}${due ? `，时限${md(due)}` : ""}）`,
  closing: "请各责任单位对照上述情况，抓紧推进逾期和临期任务，按时报送进展。",
  /** The CLI. */
  usage: "用法：breakdown report FILE [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [--long-overdue N] -o 通报.txt|通报.docx",
  needOut: "请用 -o 指定通报文件，以 .txt 或 .docx 结尾，例如 -o 通报.docx。",
  wrote: (file: string) => `已写入通报：${file}`,
  chartDoneRate: "各单位完成率",
  chartOverdue: "各单位逾期任务数",
  sheetName: "通报",
  /** The 通报 sheet's record (row 3): this 通报's as-of date, then the previous report's. */
  recordLabel: "截至日期 / 上次通报日期",
};
