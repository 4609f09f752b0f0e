/** workbook strings (zh-CN): why an .xlsx cannot be read or written (WorkbookError messages). */
export const workbook = {
  empty: "文件是空的（0 字节）：请选择一个保存过内容的 .xlsx 工作簿。",
  oldXls: "这是旧版 .xls 文件：请在 Excel 或 WPS 中另存为“Excel 工作簿(*.xlsx)”后再打开。",
  encrypted: "文件有密码保护，请先取消密码再打开（在 Excel 中：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码后保存）。",
  notXlsx: "这不是 .xlsx 文件：请在 Excel 或 WPS 中打开后另存为“Excel 工作簿(*.xlsx)”再试。",
  corrupt: "文件无法作为 .xlsx 工作簿读取（可能已损坏，或是其他格式改了扩展名）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。",
  noSheet: "工作簿中没有工作表：请打开含有任务分解表的工作簿。",
  sheetNotFound: (name: string, names: string[]) =>
    `工作簿中没有名为“${name}”的工作表：现有工作表为 ${names.map((n) => `“${n}”`).join("、")}，请改用其中之一。`,
  /** The name a Word table gets when it is read as a sheet (1-based). */
  wordTable: (n: number) => `表${n}`,
  tableSheetMissing: (name: string) => `找不到工作表“${name}”：请确认表格所在的工作表名称。`,
  sheetExists: (name: string) => `无法添加工作表“${name}”：已有同名工作表。请重命名该工作表后重试。`,
};
