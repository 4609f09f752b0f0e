/**
 * 督办 on the standalone page in Chromium: open seed 004, 分发 downloads one .zip of unit workbooks (unpacked
 * and read back), two of them are filled in as units would, 回收 uploads them together, and 下载结果 saves the
 * merged master with the added columns. Nothing leaves the page's origin; no page error.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { openPane, startPane, type ServedPane } from "./support/pane";
import { strings } from "../../src/strings";

const ui = strings("zh-CN").ui;
const cy = strings("zh-CN").cycle;
const OUT = path.resolve(__dirname, "..", ".out");
const WORK = path.join(OUT, "cycle");
const SEED = path.resolve(__dirname, "../fixtures/workbooks/seed004.xlsx");

jest.setTimeout(180_000);

let pane: ServedPane;

beforeAll(async () => {
  fs.mkdirSync(WORK, { recursive: true });
  pane = await startPane();
}, 12 * 60_000);

afterAll(async () => {
  await pane?.close();
});

async function fill(bytes: Uint8Array, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  for (let r = 4; r <= ws.rowCount; r++) {
    ws.getRow(r).getCell(9).value = "已按要求完成";
    ws.getRow(r).getCell(10).value = "已完成";
  }
  await wb.xlsx.writeFile(file);
}

test("split to a .zip, fill two, collect them, download the merged master", async () => {
  const s = await openPane(pane, { viewport: { width: 1100, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  const { page } = s;
  await page.getByText(ui.standalone.notInExcel).waitFor();
  await page.locator("#file-input").setInputFiles(SEED);
  await page.getByTestId("file-status").getByText("seed004.xlsx").waitFor();
  await page.getByRole("tab", { name: cy.page.tab }).click();
  await page.getByTestId("cycle-report-by").fill("2022-10-20");
  const [zipDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("cycle-split").click()]);
  expect(zipDownload.suggestedFilename()).toBe("seed004-报送表.zip");
  const zipFile = path.join(WORK, "units.zip");
  await zipDownload.saveAs(zipFile);
  await page.getByTestId("cycle-done").waitFor();
  await page.screenshot({ path: path.join(OUT, "cycle-1-split.png"), fullPage: true });
  const entries = unzipSync(new Uint8Array(fs.readFileSync(zipFile)));
  expect(Object.keys(entries)).toHaveLength(23);

  const a = path.join(WORK, "司法局.xlsx");
  const b = path.join(WORK, "部门.xlsx");
  await fill(entries["seed004 - 市司法局.xlsx"]!, a);
  await fill(entries["seed004 - 市直各有关部门.xlsx"]!, b);
  await page.getByTestId("cycle-files").setInputFiles([a, b]);
  await page.getByText(cy.page.collectDone(2, 21, 0, 0).slice(0, 8)).waitFor();
  const done = (await page.getByTestId("cycle-done").textContent()) ?? "";
  expect(done).toContain("未报送：");
  expect(done).toContain("各开发区管委会");
  await page.screenshot({ path: path.join(OUT, "cycle-2-collect.png"), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: ui.standalone.download, exact: true }).click()]);
  const saved = path.join(WORK, "merged.xlsx");
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const header: string[] = [];
  wb.worksheets[0]!.getRow(2).eachCell((c) => header.push(String(c.value)));
  expect(header).toEqual(expect.arrayContaining(["报送完成状态", "各单位报送情况", "最近报送日期"]));
  expect(wb.getWorksheet("报送记录")).toBeDefined();

  expect(s.pageErrors).toEqual([]);
  expect(s.requests.external()).toEqual([]);
  await page.context().close();
});
