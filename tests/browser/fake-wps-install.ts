/**
 * The WPS 表格 double for the pane-in-WPS page (tests/browser/wps-pane.test.ts): the `wps-double` entry of the
 * tests' one pane build (support/webpack.test.config.cjs). wps-pane.html loads it before the pane's own bundle (the
 * same taskpane.js as taskpane.html), as WPS gives an add-in page its globals before the page's scripts run: it
 * installs the double (tests/support/fake-wps) as `window.wps` / `window.Application`,
 * holding a seed-004-like table (fake-office-table.ts, the same one the pane-in-Excel test uses) and the user's
 * settings from an earlier session (a fixed as-of date) in the workbook's custom document properties.
 * `window.__fakeWps()` tells the test what the workbook holds now.
 */
import { cellKey, createFakeWps, rectAddress } from "../support/fake-wps";
import { AS_OF, TABLE_MERGES, TABLE_SHEET, TABLE_VALUES } from "./fake-office-table";
import type { FakeWpsWindow, WpsWorkbookView } from "./support/wps";

const SETTINGS_KEY = "breakdownAssistant.settings";
const fake = createFakeWps({
  name: "2022年任务分解表.xlsx",
  sheets: [{ name: TABLE_SHEET, values: TABLE_VALUES, merges: TABLE_MERGES.map(rectAddress) }],
  properties: { [SETTINGS_KEY]: JSON.stringify({ year: null, asOf: AS_OF, dueSoonDays: 15, sheet: null }) },
});
fake.install(window as unknown as Record<string, unknown>);

const hex = (c: number | null) => (c === null ? null : `#${[c & 0xff, (c >> 8) & 0xff, (c >> 16) & 0xff].map((x) => x.toString(16).padStart(2, "0")).join("")}`.toUpperCase());

(window as unknown as FakeWpsWindow).__fakeWps = (): WpsWorkbookView => {
  const m = fake.model;
  const table = m.findSheet(TABLE_SHEET)!;
  const value = (s: typeof table, r: number, c: number) => s.cells.get(cellKey(r, c))?.value ?? null;
  let width = 0;
  for (const k of table.cells.keys()) if (k.startsWith("1,")) width = Math.max(width, Number(k.split(",")[1]) + 1);
  const firstRows: WpsWorkbookView["firstRows"] = {};
  for (const s of m.sheets) firstRows[s.name] = [value(s, 0, 0), value(s, 1, 0)];
  const dueFormats: WpsWorkbookView["dueFormats"] = {};
  const dueValues: WpsWorkbookView["dueValues"] = {};
  for (let r = 3; r <= 9; r++) {
    dueFormats[r] = table.cells.get(cellKey(r - 1, 5))?.numberFormat ?? null;
    dueValues[r] = value(table, r - 1, 5);
  }
  const overview = m.sheets.find((s) => s.name.includes("汇总"));
  const overviewLinks = overview ? [...overview.cells.values()].filter((c) => c.link).map((c) => c.link!.subAddress) : [];
  const active = m.active;
  const props: Record<string, unknown> = {};
  for (const [k, v] of m.properties) props[k] = v.value;
  return {
    sheets: m.sheets.map((s) => s.name),
    active: active.name,
    headerRow: Array.from({ length: width }, (_, c) => value(table, 1, c)),
    rules: table.rules.map((r) => ({ range: rectAddress(r.area), formula: r.formula, fill: hex(r.fill), font: hex(r.fontColor) })),
    firstRows,
    dueFormats,
    dueValues,
    overviewLinks,
    selection: { sheet: active.name, row: active.selection.row + 1, col: active.selection.col + 1 },
    properties: props,
    prompts: m.prompts,
    valueWrites: fake.stats.valueWrites,
  };
};
