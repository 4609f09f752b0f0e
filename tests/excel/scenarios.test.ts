/**
 * The scenario suite (tests/scenarios/scenarios.ts) through the Excel adapter and its Office.js double: the
 * same fixtures, settings and expectations as the .xlsx path; and, scenario by scenario, the same workbook as
 * the .xlsx path produces (after normaliseSnapshot's two documented differences).
 */
import { createExcelHost } from "../../src/excel/host";
import type { HostSettings } from "../../src/app/host";
import { scenarios } from "../scenarios/scenarios";
import type { Scenario, WorkbookSnapshot } from "../scenarios/snapshot";
import { throughXlsx } from "../scenarios/through-xlsx";
import { fakeWorkbook, initFromFixture, normaliseSnapshot, snapshotFake } from "./support";

function actionFor(parts: Scenario["settings"]["parts"]) {
  if (parts.sheets && (parts.columns || parts.highlights)) return "runAll" as const;
  if (parts.sheets) return "summarise" as const;
  if (parts.highlights) return "highlight" as const;
  return "normalise" as const;
}

/** Through Office.js: the fixture in the double, the host run `runs` times. */
async function throughExcel(scenario: Scenario): Promise<{ after: WorkbookSnapshot; before: WorkbookSnapshot }> {
  const fixture = scenario.build();
  const fake = fakeWorkbook(initFromFixture(fixture));
  const s = scenario.settings;
  const [y, m, d] = s.asOf.split("-").map(Number);
  const host = createExcelHost({
    excel: fake.excel,
    office: fake.office,
    // A fixed as-of date is the user's choice in the settings; otherwise the as-of date is "today" (TODAY()).
    now: () => new Date(y, m - 1, d, 9, 30),
    builtAt: () => s.builtAt,
  });
  const settings: HostSettings = {
    year: s.year ?? null,
    asOf: s.fixedAsOf ? s.asOf : null,
    dueSoonDays: s.dueSoonDays ?? 15,
    sheet: s.sheet ?? null,
  };
  const before = snapshotFake(fake.model);
  let notes: string[] = [];
  for (let i = 0; i < (scenario.runs ?? 1); i++) {
    const out = await host.run(actionFor(s.parts), settings);
    notes = (out.plan?.notes ?? []).map((n) => n.code);
  }
  return { after: { ...snapshotFake(fake.model), notes }, before };
}

describe("scenarios through the Excel adapter (Office.js double)", () => {
  test.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    const { after, before } = await throughExcel(scenario);
    scenario.expect(after, before);
    // The workbooks compared (each adapter's notes are for scenario.expect).
    const { after: viaXlsx } = await throughXlsx(scenario);
    const { notes: _notes, ...excelOnly } = after;
    const { notes: _xlsxNotes, ...xlsx } = viaXlsx;
    expect(normaliseSnapshot(excelOnly)).toEqual(normaliseSnapshot(xlsx));
  });
});
