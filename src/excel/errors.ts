/** Office.js failures → HostError with a message that says what to do (src/strings excel namespace). */
import { HostError } from "../app/host";
import { strings, type Lang } from "../strings";

/** The error code of an Office.js error (OfficeExtension.Error.code), or null for anything else. */
export function officeErrorCode(e: unknown): string | null {
  if (e && typeof e === "object" && "code" in e && typeof (e).code === "string") return (e as { code: string }).code;
  return null;
}

export const CELL_EDIT_MODE = "InvalidOperationInCellEditMode";

/** Turn any failure of a run into a HostError (HostErrors pass through). */
export function toHostError(e: unknown, lang: Lang): HostError {
  if (e instanceof HostError) return e;
  const t = strings(lang).excel;
  const code = officeErrorCode(e);
  switch (code) {
    case CELL_EDIT_MODE:
      return new HostError(t.cellEditMode, "cell-edit");
    case "AccessDenied":
      return new HostError(t.protectedWorkbook, "protected");
    case "ApiNotFound":
    case "UnsupportedOperation":
    case "NotImplemented":
      // Every newer API is checked with isSetSupported before use; this is an Excel that claims more than it has.
      return new HostError(t.apiMissing, "api");
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
      return new HostError(t.tooLarge, "too-large");
  }
  const detail = code ?? (e instanceof Error ? e.name : "unknown");
  return new HostError(t.failed(detail), "excel");
}
