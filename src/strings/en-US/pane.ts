import type { pane as zh } from "../zh-CN/pane";

/** The standalone page and pane additions of issue 13: cancel, file import, outcomes, stale summary, hints. */
export const pane: typeof zh = {
  cancel: "Cancel",
  cancelHint: "Stop this run: the open file stays as it was.",
  cancelled: "Cancelled. The file was not changed.",
  cancelledExcel: "Cancelled. The workbook was not changed.",
  excelNoCancel: "In Excel a run cannot be cancelled once writing starts (nothing is half-written).",
  importFile: "Choose a .txt or .docx file",
  importFileHint: "Read the same way as the command line's breakdown import (text encoding detected).",
  importFileRead: (name: string) => `Read ${name}. Check the text below, then click Import.`,
  importFileWrongType: (name: string) => `"${name}" is not a .txt or .docx file. Save it as one of those and choose it again.`,
  importFileEmpty: (name: string) => `"${name}" has no text in it.`,
  dropZone: "Drop an .xlsx table or a .docx/.txt document here, or click to choose a file",
  dropUnknown: (name: string) => `"${name}" is not recognised: use .xlsx for a table, .docx or .txt for a document.`,
  settingsToggle: "Settings",
  aliasButton: "New unit alias sheet",
  aliasHint: "Create the unit alias sheet (alias → standard name, with a header and an example line): checks then count different spellings of one unit as one. An existing sheet is never replaced.",
  aliasDone: "The unit alias sheet was created: fill in aliases and standard names, then run again.",
  staleTable: "The table changed after the summary was built: its figures are out of date.",
  staleDate: (was: string, now: string) => `The summary counts as of ${was}; the as-of date now is ${now}. Its figures are out of date.`,
  rebuild: "Rebuild summary",
  useYearEnd: (end: string) => `Use ${end}`,
  outputLang: "Output language",
  outputLangHint: "The language of the columns and sheets written into the workbook; by default the table's own language.",
  outputLangOptions: { table: "Same as the table", "zh-CN": "中文", "en-US": "English" },
};
