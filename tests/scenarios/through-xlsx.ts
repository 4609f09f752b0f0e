/**
 * A scenario through the .xlsx path: fixture → .xlsx → processWorkbook (`runs` times over its own output) →
 * read back with exceljs. Used by the .xlsx scenario test and, as the reference, by the Excel adapter's.
 */
import { processWorkbook } from "../../src/workbook/process";
import type { Scenario, WorkbookSnapshot } from "./snapshot";
import { fixtureBytes, snapshotBytes } from "./xlsx";

/** The untouched fixture and the final workbook, with the codes of the last run's plan notes. */
export async function throughXlsx(scenario: Scenario): Promise<{ after: WorkbookSnapshot; before: WorkbookSnapshot }> {
  const fixture = scenario.build();
  let bytes = await fixtureBytes(fixture);
  const before = await snapshotBytes(bytes);
  let notes: string[] = [];
  const s = scenario.settings;
  for (let i = 0; i < (scenario.runs ?? 1); i++) {
    const out = await processWorkbook(bytes, {
      asOf: s.asOf,
      parts: s.parts,
      builtAt: s.builtAt,
      ...(s.sheet ? { sheet: s.sheet } : {}),
      ...(s.year ? { year: s.year } : {}),
      ...(s.dueSoonDays ? { dueSoonDays: s.dueSoonDays } : {}),
      ...(s.fixedAsOf ? { fixedAsOf: true } : {}),
      ...(fixture.workbookName ? { workbookName: fixture.workbookName } : {}),
    });
    expect(out.output).not.toBeNull();
    bytes = out.output!;
    notes = (out.plan?.notes ?? []).map((n) => n.code);
  }
  return { after: { ...(await snapshotBytes(bytes)), notes }, before };
}
