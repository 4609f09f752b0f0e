import type { workbook as zh } from "../zh-CN/workbook";

/** workbook strings (en-US): the same keys as zh-CN. */
export const workbook: typeof zh = {
  empty: "The file is empty (0 bytes): choose an .xlsx workbook that was saved with content.",
  oldXls: 'This is an old .xls file: in Excel or WPS, save it as "Excel Workbook (*.xlsx)" and open that.',
  encrypted:
    "The file is password-protected: remove the password first (in Excel: File → Info → Protect Workbook → Encrypt with Password, clear it and save).",
  notXlsx: 'This is not an .xlsx file: open it in Excel or WPS and save it as "Excel Workbook (*.xlsx)", then try again.',
  corrupt:
    "The file cannot be read as an .xlsx workbook (it may be damaged, or another format renamed): open it in Excel or WPS, save it as .xlsx and try again.",
  noSheet: "The workbook has no sheets: open the workbook that holds the task breakdown table.",
  sheetNotFound: (name, names) =>
    `The workbook has no sheet named "${name}": its sheets are ${names.map((n) => `"${n}"`).join(", ")}; use one of them.`,
  wordTable: (n) => `Table ${n}`,
  tableSheetMissing: (name) => `Sheet "${name}" was not found: check the name of the sheet that holds the table.`,
  sheetExists: (name) => `Cannot add sheet "${name}": a sheet with that name exists. Rename that sheet and try again.`,
};
