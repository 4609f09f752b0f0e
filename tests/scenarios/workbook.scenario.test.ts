/** The scenario suite through the .xlsx path: fixture → .xlsx → processWorkbook (N runs) → read back with exceljs. */
import { scenarios } from "./scenarios";
import { throughXlsx } from "./through-xlsx";

describe("scenarios through the .xlsx path (exceljs)", () => {
  test.each(scenarios.map((s) => [s.name, s] as const))("%s", async (_name, scenario) => {
    const { after, before } = await throughXlsx(scenario);
    scenario.expect(after, before);
  });
});
