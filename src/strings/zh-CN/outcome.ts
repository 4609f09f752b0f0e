/** outcome strings (zh-CN): what a run did, in one line (src/app/outcome.ts), for the pane and the CLI. */
export const outcome = {
  /** Column names in the "missing columns" message. */
  column: { task: "工作任务", requirement: "工作要求", unit: "责任单位", deadline: "时限" },
  noHeader: (sheet: string) =>
    `没有写入任何内容：工作表“${sheet}”中找不到任务分解表的表头。请选择含“工作任务”“工作要求”“责任单位”“时限”表头的工作表。`,
  missingColumns: (names: string[]) =>
    `没有写入任何内容：表头中缺少${names.map((n) => `“${n}”`).join("、")}列。请先在表中补上这些列（或把对应列的标题改为常用写法），再运行。`,
  noRows: "没有写入任何内容：表头下面没有任务行。请确认表格内容在表头之下。",
  withErrors: (n: number) => `完成，但有 ${n} 个错误：请按校验结果逐条修正后重新运行。`,
  checkedWithErrors: (n: number) => `校验完成，发现 ${n} 个错误：请按校验结果逐条修正。`,
  done: "完成。",
};
