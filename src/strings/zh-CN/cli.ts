/** cli strings (zh-CN): the `check` command's report and its usage messages. */
export const cli = {
  check: {
    usage: [
      "用法：breakdown check FILE.xlsx [--sheet S] [--year Y] [--as-of YYYY-MM-DD] [--due-soon N] [--long-overdue N] [-o OUT.xlsx] [--json]",
      "  检查任务分解表：列出问题、已逾期和即将到期的任务、各单位汇总。退出码：0 没有错误，1 发现错误，2 用法或文件有误。",
      "  --sheet S            要检查的工作表，默认自动找有表头的那一张",
      "  --year Y             计划年度，默认从表格标题或文件名读出",
      "  --as-of YYYY-MM-DD   检查日期，默认今天",
      "  --due-soon N         多少天内到期算“即将到期”，默认 15",
      "  --long-overdue N     逾期超过多少天列为挂牌督办（深红），默认 30",
      "  -o OUT.xlsx          另存一份加了规范时限列、突出显示和汇总表的工作簿，原文件不变",
      "  --json               输出一个 JSON 对象，而不是文字报告",
    ].join("\n"),
    needFile: "请指定要检查的 .xlsx 文件，例如：breakdown check 分解表.xlsx --json",
    unknownOption: (opt: string) =>
      `不认识的选项“${opt}”：可用 --sheet、--year、--as-of、--due-soon、--long-overdue、-o、--json（--help 查看用法）。`,
    needValue: (opt: string) => `选项 ${opt} 后面缺少取值：例如 ${opt === "--as-of" ? "--as-of 2022-10-20" : opt === "--year" ? "--year 2022" : opt === "--due-soon" ? "--due-soon 15" : opt === "--long-overdue" ? "--long-overdue 30" : opt === "-o" ? "-o 结果.xlsx" : `${opt} 分解表`}。`,
    badYear: (v: string) => `“${v}”不是有效的年份：--year 请写四位年份，如 --year 2022。`,
    badAsOf: (v: string) => `“${v}”不是有效的日期：--as-of 请写成 YYYY-MM-DD，如 --as-of 2022-10-20。`,
    badDueSoon: (v: string) => `“${v}”不是有效的天数：--due-soon 请写 0 到 366 之间的整数，如 --due-soon 15。`,
    badLongOverdue: (v: string) => `“${v}”不是有效的天数：--long-overdue 请写 1 到 366 之间的整数，如 --long-overdue 30。`,
    tooManyFiles: (extra: string) => `一次只能检查一个文件，多出的参数“${extra}”：请分开运行。`,
    yearSource: { user: "用户指定", title: "表格标题", workbook: "文件名", document: "文档", "as-of": "检查日期所在年份" },
    severityName: { error: "错误", warning: "提醒", info: "提示" },
    heading: (sheet: string, year: number, source: string, asOf: string) =>
      `工作表“${sheet}”｜计划年度 ${year}（来自${source}）｜检查日期 ${asOf}`,
    counts: (rows: number, parts: string) => `共 ${rows} 项任务：${parts}`,
    /** After the overdue count: how many of them are 挂牌督办 (overdue past the long-overdue days). */
    longOverdueOf: (n: number) => `（其中挂牌督办 ${n}）`,
    noRows: "没有读到任务行。",
    findingsTitle: (e: number, w: number, i: number) => `发现问题：错误 ${e} 个，提醒 ${w} 个，提示 ${i} 个`,
    noFindings: "没有发现问题。",
    findingsList: "问题清单（错误在前）：",
    findingLine: (sev: string, message: string) => `  [${sev}] ${message}`,
    overdueTitle: "已逾期的任务：",
    /** Under a list cut at 20 lines. */
    more: (n: number) => `  ……另有 ${n} 项（--json 或 -o 查看全部）`,
    dueSoonTitle: (n: number) => `${n}天内到期的任务：`,
    taskLine: (row: number, no: string | null, task: string, deadline: string, due: string | null) =>
      `  第${row}行${no ? `（序号${no}）` : ""} ${task}｜时限：${deadline}${due ? `（${due}）` : ""}`,
    unitsTitle: "单位汇总（需关注的在前）：",
    unitLine: (unit: string, generic: boolean, total: number, overdue: number, dueSoon: number, done: number) =>
      `  ${unit}${generic ? "（泛指）" : ""}：${total} 项，逾期 ${overdue}，即将到期 ${dueSoon}，已完成 ${done}`,
    wrote: (f: string) => `已写出：${f}`,
    notWritten: (f: string) => `未写出“${f}”（原因见上）。`,
    listSep: "，",
    fileError: (file: string, message: string) => `${file}：${message}`,
  },
  main: {
    usageTitle: "用法 / usage:",
    unknownCommand: (name: string) => `未知命令“${name}”：请使用 deadline、units、check、import、split 或 collect（--help 查看用法）。`,
    crashed: (detail: string) => `出错了：${detail}（如果问题重复出现，请报告这个文件和命令）。`,
  },
};
