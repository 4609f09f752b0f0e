/** Strings of the Excel adapter (src/excel), zh-CN. Every message says what to do. */
export const excel = {
  protectedSheet: (sheet: string) =>
    `工作表“${sheet}”受保护，无法添加规范时限列和逾期标记。请在“审阅 → 撤销工作表保护”后再运行（原有单元格不会被改动）。`,
  protectedWorkbook:
    "工作簿或工作表受保护，无法写入结果。请在“审阅”选项卡中撤销工作表保护或工作簿保护后再运行。",
  cellEditMode:
    "Excel 正在编辑某个单元格，暂时无法写入。请按 Enter 或 Esc 结束编辑后，再点一次按钮。",
  noHeader: (sheet: string) =>
    `在工作表“${sheet}”中没有找到表头（需要“工作任务”“工作要求”“责任单位”“时限”等列）。请切换到任务分解表所在的工作表，或在设置中选择正确的工作表。`,
  generatedActive: (sheet: string) =>
    `当前工作表“${sheet}”是分解表助手生成的汇总表。请切换到任务分解表所在的工作表，或在设置中选择表格所在的工作表。`,
  sheetNotFound: (sheet: string) =>
    `工作簿中没有名为“${sheet}”的工作表。请在设置中重新选择表格所在的工作表。`,
  emptySheet: (sheet: string) => `工作表“${sheet}”是空的。请切换到任务分解表所在的工作表后再运行。`,
  apiMissing:
    "您的 Excel 缺少加载项要用的接口。请把 Excel 更新到最新版本（Microsoft 365 版本 2102 及以上、Excel 2021 或网页版 Excel）后再试。",
  noOfficeApi:
    "此 Excel 版本不支持加载项所需的接口（需要 ExcelApi 1.1：Excel 2016 或更高版本、Microsoft 365 或网页版 Excel）。",
  tooLarge:
    "表格太大，Excel 一次无法传送这么多数据。请把表格拆分成几个较小的工作表后分别运行。",
  settingsNotSaved: "设置未能保存到工作簿。请确认工作簿未以只读方式打开，然后再试。",
  failed: (detail: string) =>
    `写入 Excel 时出错（${detail}）。原表的单元格未被改动，汇总表也不会只写一半（保持原样或已完整替换）。请再试一次；如果仍然出错，请保存工作簿后重新打开。`,
  staticHighlightNote:
    "您的 Excel 不支持条件格式接口（需要 ExcelApi 1.6：Excel 2019、Microsoft 365 或网页版 Excel），逾期与即将到期改为直接填色在“规范时限”列，日期变化后需重新运行“标记逾期”。",
  noChartsNote:
    "您的 Excel 不支持图表的分类轴接口（需要 ExcelApi 1.7：Excel 2019、Microsoft 365 或网页版 Excel），汇总表中未生成各单位完成率、逾期数的条形图；汇总表的数字不受影响。",
  noLinksNote:
    "您的 Excel 不支持超链接接口（需要 ExcelApi 1.7：Excel 2019、Microsoft 365 或网页版 Excel），分表中的行号未加链接。",
};
