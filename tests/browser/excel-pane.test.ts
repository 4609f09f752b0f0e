/**
 * The task pane inside "Excel": excel-pane.html of the tests' production build, which loads the Office.js double
 * (fake-office-install.ts) with a seed-004-like table in place of Office and then the pane's own bundle, served on
 * 127.0.0.1 and driven in Chromium.
 * The workbook's stored settings fix the as-of date; the user clicks 全部运行; the workbook then holds 规范时限 / 时限类型, our highlight rules
 * and the summary sheets, the pane shows the counts, and clicking a finding selects its cell in the sheet.
 * Expected counts are hand-counted (fake-office-table.ts), not computed by the product.
 */
import * as path from "node:path";
import type { Page } from "playwright-core";
import type { FakeWorkbookWindow, WorkbookView } from "./support/fake-workbook";
import { openPane, shownCount, startPane, type ServedPane } from "./support/pane";
import { strings } from "../../src/strings";
import { DUE_SOON_FILL, GENERATED_SHEET_MARK, LONG_OVERDUE_FILL, OVERDUE_FILL, isOwnRule } from "../../src/core/plan";
import { SETTINGS_KEY } from "../../src/excel/host";
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

async function workbook(page: Page): Promise<WorkbookView> {
  return page.evaluate(() => (window as unknown as FakeWorkbookWindow).__fakeWorkbook());
}

test("全部运行 inside Excel (the double): columns, rules and summary sheets written; counts shown; a finding selects its cell", async () => {
  const { context, page, requests, pageErrors } = await openPane(pane, { viewport: { width: 420, height: 900 }, locale: "zh-CN" }, "excel-pane.html");

  const runAll = page.getByRole("button", { name: ui.actions.runAll, exact: true });
  await runAll.waitFor();
  // In Excel there is no file bar and no "not in Excel" notice.
  expect(await page.getByTestId("not-in-excel").count()).toBe(0);
  expect(await page.locator("#file-input").count()).toBe(0);
  const before = await workbook(page);
  expect(before.sheets).toEqual([TABLE_SHEET]);

  // The as-of date comes from the settings stored in the workbook (fake-office-install.ts).
  await page.screenshot({ path: path.join(OUT, "excel-pane-0-before-run-all.png"), fullPage: true });
  await runAll.click();
  await page.getByText(ui.done.runAll).waitFor();
  await page.screenshot({ path: path.join(OUT, "excel-pane-1-after-run-all.png"), fullPage: true });

  // The workbook: the two columns right of the table, our two rules, the overview and per-unit sheets.
  const after = await workbook(page);
  expect(after.headerRow.slice(0, 5)).toEqual(["工作任务", null, "工作要求", "责任单位", "时限"]);
  expect(after.headerRow.slice(5)).toEqual([outputs.deadlineHeader, outputs.stateHeader, outputs.kindHeader]);
  expect(after.rules).toHaveLength(3);
  expect(after.rules.every((r) => isOwnRule(r.formula))).toBe(true);
  expect(after.rules.map((r) => r.fill).sort()).toEqual([LONG_OVERDUE_FILL, OVERDUE_FILL, DUE_SOON_FILL].sort());
  expect(after.sheets[0]).toBe(TABLE_SHEET);
  expect(after.sheets.some((n) => n.includes("汇总"))).toBe(true);
  expect(after.sheets).toEqual(expect.arrayContaining(["市司法局", "市统计局"]));
  for (const name of after.sheets.slice(1)) expect(after.firstRows[name][1]).toBe(GENERATED_SHEET_MARK);
  expect(after.sheets.some((n) => n.startsWith("分解表助手临时"))).toBe(false);

  // The pane: counts at a glance.
  expect(await shownCount(page, "rows")).toBe(EXPECTED.rows);
  expect(await shownCount(page, "overdue")).toBe(EXPECTED.overdue);
  expect(await shownCount(page, "dueSoon")).toBe(EXPECTED.dueSoon);
  expect(await shownCount(page, "warnings")).toBeGreaterThanOrEqual(1);
  // 9月底前 is 20 days overdue on 10-20: under the 30 days of 挂牌督办; no staged deadline in the table.
  expect(await shownCount(page, "longOverdue")).toBe(0);
  expect(await shownCount(page, "stageOverdue")).toBe(0);

  // The 通报: a sheet right after the overview, and the same text in the pane to copy (no .docx inside Excel).
  expect(after.sheets[after.sheets.findIndex((n) => n.includes("汇总")) + 1]).toBe("通报");
  const draft = page.getByTestId("notice-draft");
  const shown = await draft.getByTestId("notice-text").locator("p").allTextContents();
  expect(shown[0]).toBe(after.firstRows["通报"][0]);
  expect(shown[1]).toContain(`共${EXPECTED.rows}项任务，已完成0项，已逾期${EXPECTED.overdue}项`);
  expect(await draft.getByTestId("notice-copy").isVisible()).toBe(true);
  expect(await draft.getByTestId("notice-docx").count()).toBe(0);
  // The 通报 view in Excel's narrow pane (docs/screenshots, looked at by hand).
  await page.setViewportSize({ width: 350, height: 900 });
  await draft.screenshot({ path: path.join(__dirname, "..", "..", "docs", "screenshots", "pane-notice-zh-CN-350.png") });
  await page.setViewportSize({ width: 420, height: 900 });

  // A finding, clicked, selects its cell in the sheet.
  const warning = page.getByTestId("findings-warning").getByRole("button").filter({ hasText: "视情况而定" }).first();
  await warning.click();
  await page.waitForFunction(() => (window as unknown as FakeWorkbookWindow).__fakeWorkbook().selection !== null);
  expect((await workbook(page)).selection).toEqual({ sheet: TABLE_SHEET, ...EXPECTED.unknownCell });

  // 全部运行 again, with 45 挂牌督办天数 typed in the settings: the same sheets, not more.
  await page.getByRole("button", { name: new RegExp(ui.settings.heading) }).click();
  await page.getByLabel(ui.settings.longOverdue, { exact: true }).fill("45");
  await runAll.click();
  await page.getByText(ui.done.runAll).waitFor();
  const again = await workbook(page);
  expect(again.sheets).toEqual(after.sheets);
  expect(again.sheets.filter((n) => n.startsWith("通报"))).toEqual(["通报"]);
  expect(again.rules).toHaveLength(3);
  // The 深红 (挂牌) rule counts the 45 days now.
  expect(again.rules.filter((r) => r.fill === LONG_OVERDUE_FILL).map((r) => r.formula)).toEqual([expect.stringMatching(/-45\b/)]);

  // The settings stay with the workbook.
  expect(again.savedSettings[SETTINGS_KEY]).toMatchObject({ asOf: AS_OF, dueSoonDays: 15, longOverdueDays: 45 });

  expect(pageErrors).toEqual([]);
  expect(requests.external()).toEqual([]);
  await context.close();
});
