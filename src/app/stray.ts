/**
 * Content far outside the table: one info finding (stray-cells); nothing there is read or changed. The .xlsx reader
 * lists the cells themselves (how many, the first addresses); Excel and WPS give the used range's far corner (a
 * stray value in XFD1048576 makes the used range the whole sheet).
 */
import type { CheckResult } from "../core/types";
import { finding, sortFindings } from "../core/validate";
import { strings, type Lang } from "../strings";

/** Cells left out of the table: how many, and up to three addresses in sheet order. */
export interface StrayCells {
  count: number;
  examples: string[];
}

function addStray(result: CheckResult, message: string): void {
  result.findings = sortFindings([...result.findings, finding("stray-cells", null, null, message)]);
}

/** The cells the .xlsx reader left out (none: nothing is added). */
export function addStrayFinding(result: CheckResult, stray: StrayCells, lang?: Lang): void {
  if (stray.count === 0) return;
  const l = lang ?? "zh-CN";
  const where = stray.examples.join(strings(l).ui.unitSep) + (stray.count > stray.examples.length ? "…" : "");
  addStray(result, strings(l).findings.strayCells(where, stray.count));
}

/** The used range's far corner, when a host read only the table of a far bigger used range. */
export function addStrayRangeFinding(result: CheckResult, corner: string, lang?: Lang): void {
  addStray(result, strings(lang ?? "zh-CN").findings.strayRange(corner));
}
