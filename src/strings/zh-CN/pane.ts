/** The standalone page and pane additions of issue 13: cancel, file import, outcomes, stale summary, hints. */
export const pane = {
  cancel: "取消",
  cancelHint: "停止这次处理：已打开的文件保持原样。",
  cancelled: "已取消，文件没有改动。",
  cancelledExcel: "已取消，工作簿没有改动。",
  excelNoCancel: "在 Excel 中开始写入后不能取消（不会写一半）。",
  /** 从文稿导入: choose a .txt or .docx file instead of pasting. */
  importFile: "选择 .txt 或 .docx 文件",
  importFileHint: "读取方式与命令行 breakdown import 相同（文本编码自动识别）。",
  importFileRead: (name: string) => `已读入 ${name}，请检查下方文字后点“导入”。`,
  importFileWrongType: (name: string) => `“${name}”不是 .txt 或 .docx 文件。请另存为其中一种后再选择。`,
  importFileEmpty: (name: string) => `“${name}”中没有文字。`,
  /** One drop zone: a table goes to the table path, a document to the import. */
  dropZone: "把 .xlsx 表格或 .docx/.txt 文稿拖到这里，或点击选择文件",
  dropUnknown: (name: string) => `不能识别“${name}”：表格请用 .xlsx，文稿请用 .docx 或 .txt。`,
  settingsToggle: "设置",
  /** 单位别名: the button that creates the alias sheet. */
  aliasButton: "新建单位别名表",
  aliasHint: "新建“单位别名”工作表（别名 → 标准名称，带表头和一行示例）：校验时按它把同一单位的不同写法归为一个。已有的不会被替换。",
  aliasDone: "已新建“单位别名”工作表：填好别名和标准名称后重新运行。",
  /** The 汇总 was built from another table state or as-of date. */
  staleTable: "表格在生成汇总之后有改动，汇总中的数字已经过时。",
  staleDate: (was: string, now: string) => `汇总按 ${was} 统计，现在的统计日期是 ${now}，汇总中的数字已经过时。`,
  rebuild: "重新生成汇总",
  /** As-of hint: use the plan year's end. */
  useYearEnd: (end: string) => `改用 ${end}`,
  /** Output language (what is written into the workbook). */
  outputLang: "输出语言",
  outputLangHint: "写入工作簿的列名和汇总表用哪种语言；默认跟随表格本身的语言。",
  outputLangOptions: { table: "跟随表格", "zh-CN": "中文", "en-US": "English" },
  /** The 通报 view (after 生成汇总 / 全部运行): its text, to copy or download as .docx. */
  notice: {
    heading: "通报（初稿）",
    hint: (sheet: string) => `已同时写入“${sheet}”工作表。复制后可粘贴到公文中修改。`,
    copy: "复制",
    copied: "已复制",
    copyFailed: "浏览器不允许复制：请选中下面的文字后按 Ctrl+C。",
    docx: "下载 .docx",
    docxName: (asOf: string) => `通报（截至${asOf}）.docx`,
  },
};
