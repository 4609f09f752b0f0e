/**
 * The task pane inside "WPS 表格": wps-pane.html of the tests' one production build, which loads the double of WPS
 * 表格 (fake-wps-install.ts: the `wps` / `Application` globals WPS gives an add-in page, a seed-004-like table, a
 * fixed as-of date stored in the workbook) and then the pane's own bundle, served on 127.0.0.1 and driven in
 * Chromium. The user clicks 全部运行; the workbook then holds 规范时限 / 时限类型, our two highlight rules and the
 * summary sheets with links, the pane shows the counts, and clicking a finding selects its cell. Expected counts
 * are hand-counted (fake-office-table.ts), not computed by the product. (The files of `npm run build:wps` itself
 * are checked in tests/foundation/build-wps.test.ts.)
 */
import * as path from "node:path";
import type { Page } from "playwright-core";
import { openPane, shownCount, startPane, type ServedPane } from "./support/pane";
import type { FakeWpsWindow, WpsWorkbookView } from "./support/wps";
import { strings } from "../../src/strings";
import { DUE_SOON_FILL, GENERATED_SHEET_MARK, LONG_OVERDUE_FILL, OVERDUE_FILL, isOwnRule } from "../../src/core/plan";
import { isoToSerial } from "../scenarios/snapshot";
import { AS_OF, EXPECTED, TABLE_SHEET } from "./fake-office-table";

const ui = strings("zh-CN").ui;
const outputs = strings("zh-CN").outputs;
const OUT = path.resolve(__dirname, "..", ".out");

jest.setTimeout(120_000);

let pane: ServedPane;

beforeAll(async () => {
  pane = await startPane();
}, 12 * 60_000);

afterAll(async () => {
  await pane?.close();
});

async function workbook(page: Page): Promise<WpsWorkbookView> {
  return page.evaluate(() => (window as unknown as FakeWpsWindow).__fakeWps());
}

test("全部运行 inside WPS 表格 (the double): columns, rules, summary sheets and links written; counts shown; a finding selects its cell", async () => {
  const { context, page, requests, pageErrors } = await openPane(pane, { viewport: { width: 420, height: 900 }, locale: "zh-CN" }, "wps-pane.html");

  const runAll = page.getByRole("button", { name: ui.actions.runAll, exact: true });
  await runAll.waitFor();
  // Inside WPS there is no file bar and no "not in Excel" notice: the pane works on the open workbook.
  expect(await page.getByTestId("not-in-excel").count()).toBe(0);
  expect(await page.locator("#file-input").count()).toBe(0);
  const before = await workbook(page);
  expect(before.sheets).toEqual([TABLE_SHEET]);

  await runAll.click();
  await page.getByText(ui.done.runAll).waitFor();
  await page.screenshot({ path: path.join(OUT, "wps-pane-1-after-run-all.png"), fullPage: true });

  const after = await workbook(page);
  // The two columns right of the table, real dates under the date format (as of the stored 2022-10-20).
  expect(after.headerRow.slice(0, 5)).toEqual(["工作任务", null, "工作要求", "责任单位", "时限"]);
  expect(after.headerRow.slice(5)).toEqual([outputs.deadlineHeader, outputs.stateHeader, outputs.kindHeader]);
  expect(after.dueValues).toEqual({
    3: null,
    4: isoToSerial("2022-12-31"),
    5: isoToSerial("2022-10-31"),
    6: isoToSerial("2022-09-30"),
    7: isoToSerial("2022-09-30"),
    8: isoToSerial("2022-12-31"),
    9: null,
  });
  for (const r of [4, 5, 6, 7, 8]) expect(after.dueFormats[r]).toBe("yyyy-mm-dd");
  // Our three rules (long overdue, overdue, due soon) on the table's rows.
  expect(after.rules).toHaveLength(3);
  expect(after.rules.every((r) => isOwnRule(r.formula))).toBe(true);
  expect(after.rules.map((r) => r.fill).sort()).toEqual([LONG_OVERDUE_FILL, OVERDUE_FILL, DUE_SOON_FILL].sort());
  // The overview and a sheet per unit, each marked, linked from the overview; no temporary sheet left.
  expect(after.sheets[0]).toBe(TABLE_SHEET);
  expect(after.sheets.some((n) => n.includes("汇总"))).toBe(true);
  expect(after.sheets).toEqual(expect.arrayContaining(["市司法局", "市统计局"]));
  for (const name of after.sheets.slice(1)) expect(after.firstRows[name][1]).toBe(GENERATED_SHEET_MARK);
  expect(after.sheets.some((n) => n.startsWith("分解表助手临时"))).toBe(false);
  expect(after.overviewLinks).toEqual(expect.arrayContaining(["'市司法局'!A1", "'市统计局'!A1"]));
  expect(after.active).toBe(TABLE_SHEET);
  expect(after.prompts).toBe(0);

  // The pane: counts at a glance.
  expect(await shownCount(page, "rows")).toBe(EXPECTED.rows);
  expect(await shownCount(page, "overdue")).toBe(EXPECTED.overdue);
  expect(await shownCount(page, "dueSoon")).toBe(EXPECTED.dueSoon);
  expect(await shownCount(page, "warnings")).toBeGreaterThanOrEqual(1);

  // A finding, clicked, selects its cell in the sheet.
  const warning = page.getByTestId("findings-warning").getByRole("button").filter({ hasText: "视情况而定" }).first();
  await warning.click();
  await page.waitForFunction(
    (cell) => {
      const s = (window as unknown as FakeWpsWindow).__fakeWps().selection;
      return s !== null && s.row === cell.row && s.col === cell.col;
    },
    EXPECTED.unknownCell,
  );
  expect((await workbook(page)).selection).toEqual({ sheet: TABLE_SHEET, ...EXPECTED.unknownCell });

  // 全部运行 again: the same sheets and rules, not more.
  await runAll.click();
  await page.getByText(ui.done.runAll).waitFor();
  const again = await workbook(page);
  expect(again.sheets).toEqual(after.sheets);
  expect(again.rules).toHaveLength(3);

  // The settings stay with the workbook, in its custom document properties.
  expect(JSON.parse(String(again.properties["breakdownAssistant.settings"]))).toMatchObject({ asOf: AS_OF, dueSoonDays: 15 });

  expect(pageErrors).toEqual([]);
  expect(requests.external()).toEqual([]);
  await context.close();
});
