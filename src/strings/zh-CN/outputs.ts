/**
 * outputs strings (zh-CN): what the add-in writes into the workbook — the added columns, the overview and
 * per-unit sheets — and the notes about the plan. The generated-sheet mark and the rule marker are NOT here:
 * they must never change with the language (src/core/own.ts).
 */
import { words } from "./words";

export const outputs = {
  /** Header of the added column holding the normalised deadline (a real Excel date). */
  deadlineHeader: "规范时限",
  /** Header of the added column holding the deadline's type. */
  kindHeader: "时限类型",
  /** 时限类型 values by Deadline kind ("empty" leaves the cell blank). */
  kind: { date: "日期", ongoing: words.state.ongoing, recurring: words.state.recurring, unknown: words.state.unknown },
  /** Header of the added column holding each task's state in words (DOMAIN.md section 6). */
  stateHeader: "统计状态",
  overviewTitle: "任务分解表汇总（按责任单位）",
  infoSource: "来源工作表",
  infoYear: "计划年度",
  infoAsOf: "统计日期",
  /** Beside the as-of date: how the highlight colours judge (a fixed date, or the day the file is opened). */
  asOfFixed: "固定日期：逾期、即将到期按此日期判断",
  asOfLive: "标色随打开文件当天的日期自动更新；本表的数字按此日期统计",
  infoFingerprint: "表格指纹",
  /** The overview's formula-driven notice (live tables) when its as-of date is not today. */
  staleNotice: (asOf: string) => `注意：本表的数字按 ${asOf} 统计，与今天不同，逾期和即将到期的任务可能已有变化：请重新运行“生成汇总”。`,
  infoBuiltAt: "生成时间",
  infoRows: "任务行数",
  overviewHeaders: [
    "责任单位",
    "类别",
    words.role.lead,
    words.role.responsible,
    words.role.cooperate,
    "任务数",
    words.state.done,
    words.state.overdue,
    words.state["due-soon"],
    words.state.ongoing,
    words.state.unknown,
    "挂牌督办",
    words.state["stage-overdue"],
    "明细",
    "完成率（%）",
  ],
  /** The overview's bar charts (src/core/plan/charts.ts) when they show only the first n units. */
  chartTopUnits: (title: string, n: number) => `${title}（逾期较多的前${n}个单位）`,
  /** The overview's legend of the 三色预警 grades (DOMAIN.md section 10), with the thresholds in force. */
  legendTitle: "预警说明（三色预警）",
  legendLine: (word: string, what: string) => `${word}：${what}`,
  legend: (n: number, m: number) => ({
    green: "按计划推进、已完成或长期推进的任务，不标色",
    yellow: `${n}天内到期，或某一阶段时限已过而未完成（阶段逾期），标黄色`,
    red: `已过完成时限、逾期不超过${m}天，标红色`,
    crimson: `逾期超过${m}天，标深红色，列为挂牌督办`,
  }),
  specific: "具体单位",
  generic: "泛指（单位类别）",
  /** The totals row: distinct tasks (a task shared by three units is one task), equal to the pane's counts. */
  totals: "合计（任务数，不重复计）",
  /** The row of per-unit sums: unit-task assignments, never called tasks. */
  assignments: "单位任务数（各单位相加，一项任务涉及几个单位计几次）",
  openSheet: "查看",
  noDetailSheet: "（单位过多，未单独成表）",
  unitTitle: (unit: string) => `${unit} — 任务清单`,
  genericNote: "本表对应一个泛指的单位类别（如“各区人民政府”），不是某一个具体单位。",
  /** Suffix marking a generic group's sheet name. */
  genericSuffix: "（泛指）",
  backToOverview: "返回汇总",
  unitHeaders: ["原表行号", "序号", "工作任务", "工作要求", "角色", "原时限", "规范时限", "状态", "下一阶段"],
  /** A dated stage ("2022-06-30 开工"); the action left out where the phrase names none. */
  stageSep: "；",
  stageText: (date: string, action: string | null) => (action ? `${date} ${action}` : date),
  /** The stage a 阶段逾期 task missed, before its next one. */
  missedStageText: (stage: string) => `未按期：${stage}`,
  /** 单位别名 sheet: the header the readers skip (readAliasSheet), an example line and what it is for. */
  aliasHeaders: ["别名", "标准名称"] as [string, string],
  aliasNoteHeader: "说明",
  aliasExample: ["市发改委", "市发展和改革委员会"] as [string, string],
  aliasNote:
    "每行一个别名：左边写表格中出现的写法，右边写统一的标准名称。汇总时按标准名称合并计算。可以删去这一示例行；表头不要改动。",
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
  /** Between the roles a unit has in a row (unit sheets). */
  roleSep: "、",
  droppedItem: (name: string, n: number) => (n > 1 ? `${name}（${n}个）` : name),
  outputDrops: (items: string[]) =>
    `原文件中的${items.join("、")}不能保留在结果文件中：请保留原文件，结果文件只用于查看和分发。`,
  /** The .xlsx writer (src/workbook/xlsx): a workbook it cannot patch. */
  writeNoSheet: (name: string) => `找不到工作表“${name}”：请确认表格所在的工作表名称。`,
  writeSheetClash: (name: string) => `无法添加工作表“${name}”：已有同名工作表。请重命名该工作表后重试。`,
  writeUnreadable: "文件无法作为 .xlsx 工作簿读取（可能已损坏，或是其他格式改了扩展名）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。",
};
