/**
 * A workbook that cannot be read, for a reason the user can fix (not an .xlsx, empty, password-protected,
 * no such sheet …). The message is one line of plain Chinese that says what to do; adapters show it as is
 * (the CLI prints it on standard error and exits 2). Never carries a stack trace to the user.
 */
import type { WorkbookErrorCode } from "../app/errors";

export type { WorkbookErrorCode };

export class WorkbookError extends Error {
  readonly code: WorkbookErrorCode;
  constructor(code: WorkbookErrorCode, message: string) {
    super(message);
    this.name = "WorkbookError";
    this.code = code;
  }
}

/** The name of the sheet that holds the user's alias list (two columns: alias, full name). */
export const ALIAS_SHEET = "单位别名";

/** Does this OLE compound file name a stream (names are UTF-16LE in its directory)? */
function oleHasStream(bytes: Uint8Array, name: string): boolean {
  const pat: number[] = [];
  for (const ch of name) pat.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + pat.length <= bytes.length; i++) {
    for (let j = 0; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

/** Why these bytes cannot be an .xlsx workbook (empty, old .xls, encrypted, not a zip), or null. */
export function signatureError(bytes: Uint8Array): WorkbookError | null {
  if (bytes.length === 0) return new WorkbookError("empty", "文件是空的（0 字节）：请选择一个保存过内容的 .xlsx 工作簿。");
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    const oldXls = !oleHasStream(bytes, "EncryptionInfo") && (oleHasStream(bytes, "Workbook") || oleHasStream(bytes, "Book"));
    if (oldXls)
      return new WorkbookError("old-xls", "这是旧版 .xls 文件：请在 Excel 或 WPS 中另存为“Excel 工作簿(*.xlsx)”后再打开。");
    return new WorkbookError("encrypted", "文件有密码保护，请先取消密码再打开（在 Excel 中：文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码后保存）。");
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return new WorkbookError("not-xlsx", "这不是 .xlsx 文件：请在 Excel 或 WPS 中打开后另存为“Excel 工作簿(*.xlsx)”再试。");
  }
  return null;
}

/** The message for a zip that is not a readable workbook. */
export function corruptError(): WorkbookError {
  return new WorkbookError("corrupt", "文件无法作为 .xlsx 工作簿读取（可能已损坏，或是其他格式改了扩展名）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再试。");
}

/** The message for a workbook without worksheets. */
export function noSheetError(): WorkbookError {
  return new WorkbookError("no-sheet", "工作簿中没有工作表：请打开含有任务分解表的工作簿。");
}

/** The message for a sheet name the workbook does not have. */
export function sheetNotFoundError(name: string, existing: string[]): WorkbookError {
  const names = existing.map((s) => `“${s}”`).join("、");
  return new WorkbookError("sheet-not-found", `工作簿中没有名为“${name}”的工作表：现有工作表为 ${names}，请改用其中之一。`);
}

export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

