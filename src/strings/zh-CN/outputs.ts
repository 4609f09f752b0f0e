/**
 * outputs strings (zh-CN): what the add-in writes into the workbook — the added columns, the overview and
 * per-unit sheets — and the notes about the plan. The generated-sheet mark and the rule marker are NOT here:
 * they must never change with the language (src/core/own.ts).
 */
export const outputs = {
  /** Header of the added column holding the normalised deadline (a real Excel date). */
  deadlineHeader: "规范时限",
  /** Header of the added column holding the deadline's type. */
  kindHeader: "时限类型",
  /** 时限类型 values by Deadline kind ("empty" leaves the cell blank). */
  kind: { date: "日期", ongoing: "长期", recurring: "周期", unknown: "无法识别" },
  state: {
    done: "已完成",
    overdue: "逾期",
    "due-soon": "即将到期",
    open: "未到期",
    ongoing: "长期推进",
    recurring: "定期",
    unknown: "时限无法识别",
  },
  role: { lead: "牵头", responsible: "责任", cooperate: "配合" },
  overviewTitle: "任务分解表汇总（按责任单位）",
  infoSource: "来源工作表",
  infoYear: "计划年度",
  infoAsOf: "统计日期",
  infoAsOfToday: (asOf: string) => `${asOf}（逾期、即将到期的标色随打开文件当天的日期自动更新）`,
  infoBuiltAt: "生成时间",
  infoRows: "任务行数",
  overviewHeaders: [
    "责任单位",
    "类别",
    "牵头",
    "责任",
    "配合",
    "合计",
    "已完成",
    "逾期",
    "即将到期",
    "长期推进",
    "时限无法识别",
    "明细",
  ],
  specific: "具体单位",
  generic: "泛指（单位类别）",
  totals: "合计",
  openSheet: "查看",
  noDetailSheet: "（单位过多，未单独成表）",
  unitTitle: (unit: string) => `${unit} — 任务清单`,
  genericNote: "本表对应一个泛指的单位类别（如“各区人民政府”），不是某一个具体单位。",
  /** Suffix marking a generic group's sheet name. */
  genericSuffix: "（泛指）",
  backToOverview: "返回汇总",
  unitHeaders: ["原表行号", "序号", "工作任务", "工作要求", "角色", "原时限", "规范时限", "状态"],
  tooManyUnits: (n: number, max: number) =>
    `表中共有${n}个责任单位，超过${max}个，未按单位分别生成工作表，只生成了汇总表：如需分单位的清单，请先用“单位别名”表合并同一单位的不同写法，或按需筛选汇总表。`,
  /** What the result file cannot carry over from the original (src/workbook/fidelity.ts), by kind. */
  droppedKind: {
    chart: "图表",
    chartsheet: "图表工作表",
    shape: "文本框或形状",
    pivot: "数据透视表",
    slicer: "切片器",
    timeline: "日程表",
    vba: "宏（VBA）",
    control: "表单控件或 ActiveX 控件",
    ole: "嵌入的对象",
    sparkline: "迷你图",
    "ext-rule": "条件格式中引用其他工作表的规则",
    "ext-validation": "引用其他工作表的数据验证（如下拉列表）",
    "external-link": "指向外部工作簿的链接",
    connection: "外部数据连接",
    "threaded-comment": "批注（对话式）",
    "custom-xml": "自定义 XML 数据",
  },
  /** One dropped kind, with how many when more than one: "图表（2个）". */
  droppedItem: (name: string, n: number) => (n > 1 ? `${name}（${n}个）` : name),
  outputDrops: (items: string[]) =>
    `原文件中的${items.join("、")}不能保留在结果文件中：请保留原文件，结果文件只用于查看和分发。`,
  /** The .xlsx writer (src/workbook/xlsx): a workbook it cannot patch. */
  writeNoSheet: (name: string) => `找不到工作表“${name}”：请确认表格所在的工作表名称。`,
  writeSheetClash: (name: string) => `无法添加工作表“${name}”：已有同名工作表。请重命名该工作表后重试。`,
  writeUnreadable: "文件无法作为 .xlsx 工作簿读取（可能已损坏，或是其他格式改了扩展名）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。",
};
