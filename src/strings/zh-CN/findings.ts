/**
 * findings strings (zh-CN): every validation message and the names the checker shows to the user.
 * Each message says where (row / column) and what to change.
 */
export const findings = {
  /** How a column is named in a message when its header text is unknown. */
  roleName: {
    no: "序号",
    task: "工作任务",
    requirement: "工作要求",
    unit: "责任单位",
    deadline: "时限",
    status: "完成情况",
    remark: "备注",
  },
  noHeader: (sheet: string) =>
    `工作表“${sheet}”前20行中找不到表头：请确认表中有“工作任务”“工作要求”“责任单位”“时限”这几列的标题行（可以带其他字，如“完成时限（月底前）”）。`,
  missingColumn: (role: string, headerRow: number) =>
    `第${headerRow}行表头中没有“${role}”列：请添加这一列，或把对应列的标题改为“${role}”之类的常用写法。`,
  missingValue: {
    task: (row: number, header: string) => `第${row}行“${header}”为空：请填写工作任务，或与上一行合并单元格。`,
    requirement: (row: number, header: string) => `第${row}行“${header}”为空：请填写具体的工作要求。`,
    unit: (row: number, header: string) => `第${row}行“${header}”为空：请填写责任单位，如“市发改委”或“各区人民政府”。`,
    deadline: (row: number, header: string) =>
      `第${row}行“${header}”为空：请填写完成时限，如“10月底前”或“持续推进”。`,
  },
  deadlineUnknown: (row: number, header: string, text: string) =>
    `第${row}行“${header}”的“${text}”无法识别为时限：请改为“10月底前”“2022年11月30日前”“持续推进”或“每季度”之类的写法。`,
  deadlineOutsideYear: (row: number, header: string, text: string, date: string, year: number) =>
    `第${row}行“${header}”的“${text}”（${date}）不在${year}年度计划的时间范围内：如是往年表格的遗留，请改为本年度的时限。`,
  unitUnknownFragment: (row: number, header: string, fragment: string) =>
    `第${row}行“${header}”中的“${fragment}”不是单位名称：请删除，或写出完整的单位名称。`,
  unitSymbol: (row: number, header: string, name: string, symbol: string, clean: string) =>
    `第${row}行“${header}”中的“${name}”以符号“${symbol}”开头，汇总时会被当成另一个单位：请删除“${symbol}”，写成“${clean}”。`,
  unitTwoRoles: (row: number, header: string, name: string, roles: string[]) =>
    `第${row}行“${header}”中“${name}”同时是${roles.map((r) => `“${r}”`).join("和")}单位：请只保留一个角色（一般保留“${roles[0]}”），删去另一处。`,
  unitAlias: (names: string[], canonical: string) =>
    `${names.map((n) => `“${n}”`).join("、")}看起来是同一个单位，汇总中按“${canonical}”合并计算：如不是同一单位，请在“单位别名”表中调整；最好统一写法。`,
  numberDuplicate: (row: number, header: string, no: string, firstRow: number) =>
    `第${row}行“${header}”的编号${no}与第${firstRow}行重复：请重新编号。`,
  numberGap: (row: number, header: string, from: number, to: number) =>
    `第${row}行“${header}”从${from}跳到了${to}：请检查是否漏了任务，或重新编号。`,
  /** A column named by its letters (no header known). */
  columnLetterName: (letters: string) => `${letters}列`,
  cellError: (row: number, header: string, value: string) =>
    `第${row}行“${header}”是错误值${value}：请检查这个单元格的公式或改为直接填写内容。`,
  footerRows: (rows: number[]) =>
    `第${rows.join("、")}行是表尾的填报信息或合计（填报单位、填表人、联系电话、合计等），不计为任务；如其中有任务，请把它移到表尾之前。`,
  duplicateColumn: (header: string, chosen: string, others: string[], hiddenFirst: boolean) =>
    hiddenFirst
      ? `“${header}”有不止一列：读取的是可见的${chosen}列，隐藏的${others.join("、")}列未读取；如隐藏列已不用，请删除它。`
      : `“${header}”有不止一列（${[chosen, ...others].join("、")}列）：读取的是${chosen}列，${others.join("、")}列未读取；请删除多余的一列，或把它的标题改为其他名称。`,
  strayRange: (corner: string) =>
    `工作表的已用区域延伸到 ${corner}，远超表格：表格以外很远处的内容没有读取，也不会被改动；如是误输入，请在 Excel 中删除这些单元格（选中后按 Delete，或删除多余的行和列）。`,
  strayCells: (where: string, count: number) =>
    `表格以外很远处有${count}个单元格有内容（${where}）：这些单元格没有读取，也不会被改动；如是误输入，请在 Excel 中删除。`,
  formatNames: { xls: "Excel 97-2003 工作簿(.xls)", et: "WPS 表格(.et)", ods: "OpenDocument 表格(.ods)", xlsb: "Excel 二进制工作簿(.xlsb)", csv: "文本表格(.csv)" } as Record<string, string>,
  convertedInput: (format: string) =>
    `原文件是${format}：已按其内容读取，结果保存为 .xlsx 格式（原文件未改动）；请在 Excel 或 WPS 中核对合并单元格和日期是否完整。`,
  cellTooLong: (row: number, header: string, length: number, max: number) =>
    `第${row}行“${header}”有${length}个字符，超过 Excel 单元格的上限${max}个字符：已截断，请核对原文，把这一段拆成几行。`,
};
