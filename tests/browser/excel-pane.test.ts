/**
 * The task pane inside "Excel": a production build of the pane whose entry (fake-office-entry.ts) installs the
 * Office.js double with a seed-004-like table in place of Office, served on 127.0.0.1 and driven in Chromium.
 * The workbook's stored settings fix the as-of date; the user clicks 全部运行; the workbook then holds 规范时限 / 时限类型, our highlight rules
 * and the summary sheets, the pane shows the counts, and clicking a finding selects its cell in the sheet.
 * Expected counts are hand-counted (fake-office-table.ts), not computed by the product.
 */
import * as path from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildPane } from "./support/build";
import { launchChromium } from "./support/chromium";
import { collectRequests } from "./support/requests";
import { serveDir, type Served } from "./support/server";
import { strings } from "../../src/strings";
import { GENERATED_SHEET_MARK, isOwnRule } from "../../src/core/plan";
import { SETTINGS_KEY } from "../../src/excel/host";
import { AS_OF, EXPECTED, TABLE_SHEET } from "./fake-office-table";

const ui = strings("zh-CN").ui;
const outputs = strings("zh-CN").outputs;
const OUT = path.resolve(__dirname, "..", ".out");

jest.setTimeout(120_000);

let served: Served;
let browser: Browser;

interface WorkbookView {
  sheets: string[];
  headerRow: (string | number | boolean | null)[];
  rules: { formula: string | null; fill: string | null }[];
  firstRows: Record<string, (string | number | boolean | null)[]>;
  syncs: number;
  selection: { sheet: string; row: number; col: number } | null;
  savedSettings: Record<string, unknown>;
}

beforeAll(async () => {
  const dir = await buildPane({ officeJs: "none", entry: "tests/browser/fake-office-entry.ts" });
  served = await serveDir(dir);
  browser = await launchChromium();
}, 12 * 60_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function workbook(page: Page): Promise<WorkbookView> {
  return page.evaluate(() => (window as unknown as { __fakeWorkbook: () => WorkbookView }).__fakeWorkbook());
}

async function count(page: Page, key: string): Promise<number> {
  return Number(await page.getByTestId(`count-${key}`).locator("dd").textContent());
}

test("全部运行 inside Excel (the double): columns, rules and summary sheets written; counts shown; a finding selects its cell", async () => {
  const context = await browser.newContext({ viewport: { width: 420, height: 900 }, locale: "zh-CN" });
  const page = await context.newPage();
  const requests = collectRequests(page);
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await page.goto(served.url + "taskpane.html");

  const runAll = page.getByRole("button", { name: ui.actions.runAll, exact: true });
  await runAll.waitFor();
  // In Excel there is no file bar and no "not in Excel" notice.
  expect(await page.getByTestId("not-in-excel").count()).toBe(0);
  expect(await page.locator("#file-input").count()).toBe(0);
  const before = await workbook(page);
  expect(before.sheets).toEqual([TABLE_SHEET]);

  // The as-of date comes from the settings stored in the workbook (fake-office-entry.ts).
  await page.screenshot({ path: path.join(OUT, "excel-pane-0-before-run-all.png"), fullPage: true });
  await runAll.click();
  await page.getByText(ui.done.runAll).waitFor();
  await page.screenshot({ path: path.join(OUT, "excel-pane-1-after-run-all.png"), fullPage: true });

  // The workbook: the two columns right of the table, our two rules, the overview and per-unit sheets.
  const after = await workbook(page);
  expect(after.headerRow.slice(0, 5)).toEqual(["工作任务", null, "工作要求", "责任单位", "时限"]);
  expect(after.headerRow.slice(5)).toEqual([outputs.deadlineHeader, outputs.kindHeader]);
  expect(after.rules).toHaveLength(2);
  expect(after.rules.every((r) => isOwnRule(r.formula))).toBe(true);
  expect(after.rules.map((r) => r.fill).sort()).toEqual(["#FFC7CE", "#FFEB9C"]);
  expect(after.sheets[0]).toBe(TABLE_SHEET);
  expect(after.sheets.some((n) => n.includes("汇总"))).toBe(true);
  expect(after.sheets).toEqual(expect.arrayContaining(["市司法局", "市统计局"]));
  for (const name of after.sheets.slice(1)) expect(after.firstRows[name][1]).toBe(GENERATED_SHEET_MARK);
  expect(after.sheets.some((n) => n.startsWith("分解表助手临时"))).toBe(false);

  // The pane: counts at a glance.
  expect(await count(page, "rows")).toBe(EXPECTED.rows);
  expect(await count(page, "overdue")).toBe(EXPECTED.overdue);
  expect(await count(page, "dueSoon")).toBe(EXPECTED.dueSoon);
  expect(await count(page, "warnings")).toBeGreaterThanOrEqual(1);

  // A finding, clicked, selects its cell in the sheet.
  const warning = page.getByTestId("findings-warning").getByRole("button").filter({ hasText: "视情况而定" }).first();
  await warning.click();
  await page.waitForFunction(() => (window as unknown as { __fakeWorkbook: () => WorkbookView }).__fakeWorkbook().selection !== null);
  expect((await workbook(page)).selection).toEqual({ sheet: TABLE_SHEET, ...EXPECTED.unknownCell });

  // 全部运行 again: the same sheets, not more.
  await runAll.click();
  await page.getByText(ui.done.runAll).waitFor();
  const again = await workbook(page);
  expect(again.sheets).toEqual(after.sheets);
  expect(again.rules).toHaveLength(2);

  // The settings stay with the workbook.
  expect(again.savedSettings[SETTINGS_KEY]).toMatchObject({ asOf: AS_OF, dueSoonDays: 15 });

  expect(pageErrors).toEqual([]);
  expect(requests.external()).toEqual([]);
  await context.close();
});
