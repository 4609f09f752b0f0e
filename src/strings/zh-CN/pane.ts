/** The standalone page and pane additions of issue 13: cancel, file import, outcomes, stale summary, hints. */
export const pane = {
  cancel: "取消",
  cancelHint: "停止这次处理：已打开的文件保持原样。",
  cancelled: "已取消，文件没有改动。",
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
};
