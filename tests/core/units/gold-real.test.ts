/** Unit cells of other places' public documents (tests/fixtures/gold-real/units.jsonl), each line with its source. */
import * as path from "node:path";
import { analyseUnits } from "../../../src/core/units";
import { readJsonl, type UnitCase } from "./helpers";

const GOLD = readJsonl<UnitCase & { source: string; firstLeads?: boolean }>(path.resolve(__dirname, "../../fixtures/gold-real/units.jsonl"));

describe("gold-real unit cells", () => {
  it("at least 150 cells, every one with its source", () => {
    expect(GOLD.length).toBeGreaterThanOrEqual(150);
    for (const g of GOLD) expect(g.source.length).toBeGreaterThan(10);
  });

  it.each(GOLD.map((g) => [g.text, g] as const))("%j", (_t, g) => {
    const r = analyseUnits(g.text, { header: g.header, firstLeads: g.firstLeads === true });
    expect(r.units.map(({ name, role, generic }) => ({ name, role, generic }))).toEqual(g.units);
    if (g.rejected) expect(r.rejected).toEqual(g.rejected);
    else expect(r.rejected).toEqual([]);
  });
});
