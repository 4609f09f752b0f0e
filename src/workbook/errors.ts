/**
 * A workbook that cannot be read, for a reason the user can fix (not an .xlsx, empty, password-protected,
 * no such sheet …). The message is one line of plain Chinese that says what to do; adapters show it as is
 * (the CLI prints it on standard error and exits 2). Never carries a stack trace to the user.
 */
import type { WorkbookErrorCode } from "../app/errors";
import { strings } from "../strings";
import { ALIAS_SHEET_NAME } from "../core/vocab/sheets";

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
export const ALIAS_SHEET = ALIAS_SHEET_NAME;

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
  if (bytes.length === 0) return new WorkbookError("empty", strings().workbook.empty);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    const oldXls = !oleHasStream(bytes, "EncryptionInfo") && (oleHasStream(bytes, "Workbook") || oleHasStream(bytes, "Book"));
    if (oldXls)
      return new WorkbookError("old-xls", strings().workbook.oldXls);
    return new WorkbookError("encrypted", strings().workbook.encrypted);
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    return new WorkbookError("not-xlsx", strings().workbook.notXlsx);
  }
  return null;
}

/** The message for a zip that is not a readable workbook. */
export function corruptError(): WorkbookError {
  return new WorkbookError("corrupt", strings().workbook.corrupt);
}

/** The message for a workbook without worksheets. */
export function noSheetError(): WorkbookError {
  return new WorkbookError("no-sheet", strings().workbook.noSheet);
}

/** The message for a sheet name the workbook does not have. */
export function sheetNotFoundError(name: string, existing: string[]): WorkbookError {
  return new WorkbookError("sheet-not-found", strings().workbook.sheetNotFound(name, existing));
}

export function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

