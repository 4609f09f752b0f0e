/** ui strings (zh-CN): the task pane and the standalone page. */
import { words } from "./words";

export const ui = {
  productName: "分解表助手",
  /** Between the unit names of a row. */
  unitSep: "、",
  tagline: "任务分解表：校验、规范时限、标记逾期、生成汇总",
  loading: "正在加载…",

  tabs: {
    label: "功能",
    table: "处理表格",
    import: "从文稿导入",
  },

  actions: {
    groupLabel: "操作",
    validate: "校验",
    normalise: "规范时限",
    highlight: "标记逾期",
    summarise: "生成汇总",
    runAll: "全部运行",
  },
  actionHints: {
    validate: "检查表头、缺项、时限和责任单位，只列出问题，不改动表格",
    normalise: "在表格右侧添加“规范时限”和“时限类型”两列，原有单元格不变",
    highlight: "添加“规范时限”列，并用条件格式标出逾期和即将到期的行",
    summarise: "生成“汇总”工作表和每个责任单位的任务表",
    runAll: "依次执行校验、规范时限、标记逾期、生成汇总",
  },

  standalone: {
    notInExcel: "未在 Excel 中运行：可以打开一个 .xlsx 文件在本页处理，文件不会上传。",
    openFile: "打开 .xlsx 文件",
    fileInputLabel: "选择要处理的 .xlsx 文件",
    dropZone: "把 .xlsx 文件拖到这里，或按 Enter 选择文件",
    dropZoneActive: "松开鼠标即可打开文件",
    sample: "示例表",
    sampleHint: "打开随本工具提供的示例任务分解表（2022 年政务公开工作）",
    download: "下载结果",
    downloadHint: "保存处理后的工作簿（原有单元格不变，结果在新增的列和工作表中）",
    noFile: "尚未打开文件。",
    currentFile: (name: string) => `当前文件：${name}`,
    processed: "已处理，可以下载结果。",
    resultSuffix: "-处理结果",
  },

  settings: {
    heading: "设置",
    summary: (year: string, asOf: string, days: string) => `计划年度 ${year} · 统计日期 ${asOf} · 即将到期 ${days} 天`,
    year: "计划年度",
    yearPlaceholder: "自动识别",
    yearDetected: (year: number, source: string) => `已识别：${year} 年（${source}）`,
    yearSources: {
      user: "手动设置",
      title: "取自表格标题",
      workbook: "取自文件名",
      document: "取自文稿",
      "as-of": "按统计日期所在年份",
    },
    asOf: "统计日期",
    asOfHint: "据此判断逾期和即将到期，默认今天",
    planYearOver: (year: number, end: string) =>
      `计划年度 ${year} 已经结束，按今天统计几乎所有任务都会显示为逾期：如要看年底时的情况，请把“统计日期”设为 ${end} 后重新运行。`,
    asOfToday: "改为今天",
    dueSoon: "即将到期天数",
    dueSoonHint: "截止日期在统计日期之后多少天内算“即将到期”",
    sheet: "任务表所在工作表",
    sheetAuto: "自动选择",
    sheetHint: "自动选择时，使用第一个含表头的工作表",
    sheetActive: "当前活动工作表",
  },

  progress: {
    label: "处理进度",
    working: "正在处理…",
    read: "正在读取表格…",
    check: "正在校验…",
    plan: "正在准备结果…",
    write: "正在写入结果…",
    columns: "正在写入规范时限…",
    highlights: "正在设置逾期标记…",
    sheets: "正在生成汇总表…",
    open: "正在打开文件…",
    done: "完成",
  },

  counts: {
    heading: "概况",
    rows: "读取任务行",
    errors: "错误",
    warnings: "警告",
    overdue: words.state.overdue,
    dueSoon: words.state["due-soon"],
    sheetLine: (sheet: string, year: number, asOf: string) => `工作表“${sheet}”· 计划年度 ${year} · 统计日期 ${asOf}`,
  },

  findings: {
    heading: "校验结果",
    none: "没有发现问题。",
    notRun: "点击“校验”检查表格。",
    error: "错误",
    warning: "警告",
    info: "提示",
    groupTitle: (label: string, n: number) => `${label}（${n}）`,
    where: (row: number | null, column: string | null) =>
      row === null ? (column === null ? "整张表" : `${column} 列`) : column === null ? `第 ${row} 行` : `${column}${row}`,
    selectHint: "点击可在表格中选中该单元格",
    findingLabel: (where: string, message: string, hint: string) => `${where}：${message}。${hint}`,
    more: (n: number) => `还有 ${n} 条未列出`,
  },

  preview: {
    heading: "结果预览",
    overdueHeading: (n: number) => `${words.state.overdue}任务（${n}）`,
    dueSoonHeading: (n: number) => `即将到期任务（${n}）`,
    noRows: "无",
    overviewHeading: "责任单位汇总",
    overviewEmpty: "没有读到责任单位。",
    chartAlt: "条形图：各单位完成率和逾期任务数（逾期较多的单位在前）",
    generic: "（泛指）",
    col: {
      row: "行",
      no: "序号",
      requirement: "工作要求",
      units: "责任单位",
      deadline: "时限",
      due: "规范时限",
      unit: "责任单位",
      lead: words.role.lead,
      responsible: words.role.responsible,
      cooperate: words.role.cooperate,
      total: "合计",
      done: words.state.done,
      overdue: words.state.overdue,
      dueSoon: words.state["due-soon"],
      ongoing: words.state.ongoing,
      unknown: words.state.unknown,
    },
    tableLabel: (name: string) => `${name}表格`,
  },

  done: {
    validate: "校验完成。",
    normalise: "已添加规范时限列。",
    highlight: "已标记逾期和即将到期的行。",
    summarise: "已生成汇总工作表。",
    runAll: "全部完成。",
  },

  errors: {
    title: "操作没有完成",
    generic: "出现了意外错误，操作没有完成，表格未被修改。请重试；如果问题仍然存在，请把文件和操作步骤发给管理员。",
    brokenFile: (name: string) =>
      `无法读取“${name}”：它不是有效的 .xlsx 工作簿，或文件已损坏。请在 Excel 或 WPS 中打开后另存为“Excel 工作簿 (.xlsx)”再试。`,
    notXlsx: (name: string) =>
      `“${name}”不是 .xlsx 文件。请在 Excel 或 WPS 中另存为“Excel 工作簿 (.xlsx)”后再打开（.xls、.et、.csv 不能直接处理）。`,
    noFile: "请先打开一个 .xlsx 文件，或点击“示例表”。",
    sampleFailed: "示例表加载失败，请刷新页面后重试。",
    yearInvalid: "计划年度应为 1990 到 2100 之间的四位数字，留空则自动识别。",
    asOfInvalid: "统计日期格式应为 年-月-日，例如 2022-10-15。",
    dueSoonInvalid: "即将到期天数应为 0 到 366 之间的整数。",
    selectFailed: "无法选中该单元格：工作表可能已被重命名或删除。",
    dismiss: "关闭",
    excelHostFailed: "无法连接到 Excel。请关闭任务窗格后重新打开；如果仍然不行，请重启 Excel。",
  },
};
