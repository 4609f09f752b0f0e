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
