/**
 * Content far outside the table, as a host that cannot list the cells tells it: Excel gives the used range's far
 * corner (a stray value in XFD1048576 makes the used range the whole sheet). One info finding; nothing there is
 * read or changed. (The .xlsx reader lists the cells themselves: src/workbook/check-book.ts addStrayFinding.)
 */
import type { CheckResult } from "../core/types";
import { finding, sortFindings } from "../core/validate";
import { strings, type Lang } from "../strings";

export function addStrayRangeFinding(result: CheckResult, corner: string, lang?: Lang): void {
  const s = strings(lang ?? "zh-CN").findings;
  result.findings = sortFindings([...result.findings, finding("stray-cells", null, null, s.strayRange(corner))]);
}
