/**
 * The Office.js double for the pane-in-Excel page (tests/browser/excel-pane.test.ts): the `office-double` entry
 * of the tests' one pane build (support/webpack.test.config.cjs). excel-pane.html loads it instead of office.js
 * and before the pane's own bundle (the same taskpane.js as taskpane.html). It puts a seed-004-like table in the
 * double and installs it as globalThis.Office / globalThis.Excel; the pane's real bootstrap then sees host Excel
 * and uses src/excel's host. `window.__fakeWorkbook()` tells the test what the workbook holds now.
 */
import { createFakeExcel, usedRect, cellKey } from "../support/fake-excel";
import { SETTINGS_KEY } from "../../src/excel/host";
import { AS_OF, TABLE_MERGES, TABLE_SHEET, TABLE_VALUES } from "./fake-office-table";
import type { FakeWorkbookWindow, WorkbookView } from "./support/fake-workbook";

// The workbook carries the user's settings from an earlier session: a fixed as-of date.
const fake = createFakeExcel(
  {
    sheets: [{ name: TABLE_SHEET, values: TABLE_VALUES, merges: TABLE_MERGES }],
    url: "https://example.invalid/Shared%20Documents/2022年任务分解表.xlsx",
  },
  { settings: { [SETTINGS_KEY]: { year: null, asOf: AS_OF, dueSoonDays: 15, sheet: null } } },
);
fake.install();

(window as unknown as FakeWorkbookWindow).__fakeWorkbook = () => {
  const m = fake.model;
  const table = m.findSheet(TABLE_SHEET)!;
  const width = usedRect(table)?.cols ?? 0;
  const headerRow = Array.from({ length: width }, (_, c) => table.cells.get(cellKey(1, c))?.value ?? null);
  const firstRows: WorkbookView["firstRows"] = {};
  for (const s of m.sheets) firstRows[s.name] = [0, 1].map((r) => s.cells.get(cellKey(r, 0))?.value ?? null);
  const sel = m.selection;
  return {
    sheets: m.sheets.map((s) => s.name),
    headerRow,
    rules: table.conditionalFormats.map((c) => ({ formula: c.formula, fill: c.fill })),
    firstRows,
    syncs: fake.stats.syncs,
    selection: sel ? { sheet: m.sheetById(sel.sheetId)!.name, row: sel.rect.row + 1, col: sel.rect.col + 1 } : null,
    savedSettings: fake.savedSettings,
  };
};
