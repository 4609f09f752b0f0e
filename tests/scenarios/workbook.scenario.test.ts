/** The scenario suite through the .xlsx path: fixture → .xlsx → processWorkbook (N runs) → read back with exceljs. */
import { processWorkbook } from "../../src/workbook/process";
import { scenarios } from "./scenarios";
import { fixtureBytes, snapshotBytes } from "./xlsx";

describe("scenarios through the .xlsx path (exceljs)", () => {
  test.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
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
    const after = await snapshotBytes(bytes);
    scenario.expect({ ...after, notes }, before);
  });
});
