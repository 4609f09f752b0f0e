/**
 * The scenario suite (tests/scenarios/scenarios.ts) through the WPS adapter and its ET double: the same fixtures,
 * settings and expectations as the .xlsx path and the Excel adapter; and, scenario by scenario, the same
 * workbook as the .xlsx path produces (after normaliseSnapshot's documented differences).
 */
import { createWpsHost } from "../../src/wps/host";
import type { EtApplication } from "../../src/wps/et";
import type { HostSettings } from "../../src/app/host";
import { scenarios } from "../scenarios/scenarios";
import type { Scenario, WorkbookSnapshot } from "../scenarios/snapshot";
import { throughXlsx } from "../scenarios/through-xlsx";
import { normaliseSnapshot } from "../excel/support";
import { fakeFromFixture, snapshotWps } from "./support";

function actionFor(parts: Scenario["settings"]["parts"]) {
  if (parts.sheets && (parts.columns || parts.highlights)) return "runAll" as const;
  if (parts.sheets) return "summarise" as const;
  if (parts.highlights) return "highlight" as const;
  return "normalise" as const;
}

async function throughWps(scenario: Scenario): Promise<{ after: WorkbookSnapshot; before: WorkbookSnapshot; prompts: number }> {
  const fake = fakeFromFixture(scenario.build());
  const s = scenario.settings;
  const [y, m, d] = s.asOf.split("-").map(Number);
  const host = createWpsHost({ app: fake.app as unknown as EtApplication, now: () => new Date(y, m - 1, d, 9, 30), builtAt: () => s.builtAt, lang: "zh-CN" });
  const settings: HostSettings = { year: s.year ?? null, asOf: s.fixedAsOf ? s.asOf : null, dueSoonDays: s.dueSoonDays ?? 15, sheet: s.sheet ?? null };
  const before = snapshotWps(fake.model);
  let notes: string[] = [];
  for (let i = 0; i < (scenario.runs ?? 1); i++) {
    const out = await host.run(actionFor(s.parts), settings);
    notes = (out.plan?.notes ?? []).map((n) => n.code);
  }
  return { after: { ...snapshotWps(fake.model), notes }, before, prompts: fake.model.prompts };
}

describe("scenarios through the WPS adapter (ET double)", () => {
  test.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    const { after, before, prompts } = await throughWps(scenario);
    scenario.expect(after, before);
    // Replacing the earlier run's sheets never asked the user.
    expect(prompts).toBe(0);
    const { after: viaXlsx } = await throughXlsx(scenario);
    const { notes: _notes, ...wpsOnly } = after;
    const { notes: _xlsxNotes, ...xlsx } = viaXlsx;
    expect(normaliseSnapshot(wpsOnly)).toEqual(normaliseSnapshot(xlsx));
  });
});
