/**
 * The standalone page in Chromium: the production build of the pane, served on 127.0.0.1, opened in a plain
 * browser (office.js loads, but there is no Office host). A user opens seed 004's workbook, runs 全部运行 and
 * downloads the result; the sample button works; a broken file gives a clear message; nothing leaves the page's
 * origin; no page error. Screenshots go to tests/.out/ (looked at by hand, described in the closing report).
 *
 * Expected figures come from outside the product: seed 004's rows (tests/fixtures) and the gold deadlines.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { measureFirstLoad } from "./support/build";
import { openPane, shownCount, startPane, type PaneSession, type ServedPane } from "./support/pane";
import { buildSeed004Workbook, seed004Table } from "../fixtures/build-workbooks";
import { strings } from "../../src/strings";
import { GOLD_DIR, SEEDS_DIR } from "../fixtures/paths";

const ui = strings("zh-CN").ui;
const OUT = path.resolve(__dirname, "..", ".out");
const WORK = path.join(OUT, "standalone");
const GOLD = path.join(GOLD_DIR, "seed-deadlines.jsonl");
/** As of 2022-10-20: the 9月底前 rows are overdue, the 10月底前 rows due soon (within 15 days), 年底前 open. */
const AS_OF = "2022-10-20";
const DUE_SOON_DAYS = 15;

jest.setTimeout(120_000);

let pane: ServedPane;
let seedFile: string;

interface Gold {
  text: string;
  year: number;
  kind: string;
  due: string | null;
}

/** What a careful reader expects of seed 004 on AS_OF: rows, overdue, due soon (no row is done). */
function expectedSeed004(): { rows: number; overdue: number; dueSoon: number } {
  const gold = fs
    .readFileSync(GOLD, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Gold)
    .filter((g) => g.year === 2022);
  const soonLimit = new Date(Date.parse(AS_OF) + DUE_SOON_DAYS * 86_400_000).toISOString().slice(0, 10);
  let rows = 0;
  let overdue = 0;
  let dueSoon = 0;
  for (const r of seed004Table().rows) {
    if (r.no === null) continue;
    rows++;
    const g = gold.find((x) => x.text === r.deadline.trim());
    if (!g) throw new Error(`no gold value for seed 004 deadline "${r.deadline}"`);
    if (g.kind !== "date" || !g.due) continue;
    if (g.due < AS_OF) overdue++;
    else if (g.due <= soonLimit) dueSoon++;
  }
  return { rows, overdue, dueSoon };
}

beforeAll(async () => {
  fs.mkdirSync(WORK, { recursive: true });
  const wb = await buildSeed004Workbook();
  seedFile = path.join(WORK, "2022年任务分解表.xlsx");
  await wb.xlsx.writeFile(seedFile);
  pane = await startPane();
}, 12 * 60_000);

afterAll(async () => {
  await pane?.close();
});

async function openPage(): Promise<PaneSession> {
  const session = await openPane(pane, { viewport: { width: 1100, height: 900 }, acceptDownloads: true, locale: "zh-CN" });
  await session.page.getByText(ui.standalone.notInExcel).waitFor();
  return session;
}

async function setAsOf(page: Page, iso: string): Promise<void> {
  await page.getByLabel(ui.settings.asOf, { exact: true }).fill(iso);
}

function checkClean(s: PaneSession): void {
  expect(s.pageErrors).toEqual([]);
  expect(s.requests.external()).toEqual([]);
  const origin = new URL(pane.url).origin;
  for (const u of s.requests.all) if (!/^(data|blob):/.test(u)) expect(new URL(u).origin).toBe(origin);
}

test("seed 004: open through the file input, 全部运行, counts and unit overview shown, 下载结果 gives the processed workbook", async () => {
  const s = await openPage();
  const { page } = s;
  await page.screenshot({ path: path.join(OUT, "standalone-0-start.png"), fullPage: true });

  await setAsOf(page, AS_OF);
  await page.locator("#file-input").setInputFiles(seedFile);
  await page.getByTestId("file-status").getByText("2022年任务分解表.xlsx").waitFor();
  await page.getByTestId("count-rows").waitFor();
  await page.screenshot({ path: path.join(OUT, "standalone-1-before-run-all.png"), fullPage: true });

  await page.getByRole("button", { name: ui.actions.runAll, exact: true }).click();
  await page.getByText(ui.done.runAll).waitFor();
  await page.screenshot({ path: path.join(OUT, "standalone-2-after-run-all.png"), fullPage: true });

  const want = expectedSeed004();
  expect(want.overdue).toBeGreaterThan(0);
  expect(want.dueSoon).toBeGreaterThan(0);
  expect(await shownCount(page, "rows")).toBe(want.rows);
  expect(await shownCount(page, "overdue")).toBe(want.overdue);
  expect(await shownCount(page, "dueSoon")).toBe(want.dueSoon);
  await expect(page.getByTestId("preview-overdue").locator("tbody tr").count()).resolves.toBe(want.overdue);
  await expect(page.getByTestId("preview-due-soon").locator("tbody tr").count()).resolves.toBe(want.dueSoon);

  // The per-unit overview: the units of seed 004, 市司法局 (one unit) and 各区人民政府 (a group) among them.
  const overview = page.getByTestId("unit-overview");
  const overviewText = (await overview.textContent()) ?? "";
  expect(overviewText).toContain("市司法局");
  expect(overviewText).toContain("各区人民政府");
  expect(await overview.locator("tbody tr").count()).toBeGreaterThan(5);
  // The units needing attention come first: the first row has overdue work.
  const firstRowCells = await overview.locator("tbody tr").first().locator("td").allTextContents();
  const overdueCol = 1 + ["lead", "responsible", "cooperate", "total", "done", "overdue"].indexOf("overdue");
  expect(Number(firstRowCells[overdueCol])).toBeGreaterThan(0);
  // Under it, the per-unit bar charts as a picture, drawn by a module loaded only now (not with the page).
  const chart = overview.getByTestId("unit-chart");
  await chart.waitFor();
  expect(await chart.getAttribute("alt")).toBe(ui.preview.chartAlt);
  expect(await chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(decodeURIComponent((await chart.getAttribute("src")) ?? "")).toContain(firstRowCells[0]!.replace(ui.preview.generic, ""));
  expect(s.requests.all.some((u) => /unit-chart\.[0-9a-f]+\.js$/.test(u))).toBe(true);
  await chart.screenshot({ path: path.join(OUT, "standalone-chart.png") });

  // 下载结果: the processed workbook, read back with exceljs.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: ui.standalone.download, exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("2022年任务分解表" + ui.standalone.resultSuffix + ".xlsx");
  const saved = path.join(WORK, "downloaded.xlsx");
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  const names = wb.worksheets.map((w) => w.name);
  expect(names[0]).toBe("分解表");
  expect(names.length).toBeGreaterThan(2); // the overview and per-unit sheets
  const table = wb.getWorksheet("分解表")!;
  const headerTexts: string[] = [];
  table.getRow(2).eachCell((c) => headerTexts.push(String(c.value)));
  const outputs = strings("zh-CN").outputs;
  expect(headerTexts).toEqual(expect.arrayContaining(["工作任务", "工作要求", "责任单位", "时限", outputs.deadlineHeader, outputs.stateHeader, outputs.kindHeader]));
  // The original cells are untouched: seed 004's first requirement still stands where it was.
  expect(String(table.getCell(3, 3).value)).toBe(seed004Table().rows.find((r) => r.no !== null)!.requirement);
  // Highlight rules (conditional formats) on the table.
  const cf = (table as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
  expect(cf.length).toBeGreaterThan(0);
  // The overview sheet carries its title.
  const texts: string[] = [];
  for (const ws of wb.worksheets.slice(1)) ws.getRow(1).eachCell((c) => texts.push(String(c.value)));
  expect(texts.join("\n")).toContain(outputs.overviewTitle);

  // The workbook was processed in the page's Web Worker (the page stays responsive on large tables).
  expect(s.requests.all.some((u) => /workbook-worker\.[0-9a-f]+\.js$/.test(u))).toBe(true);

  checkClean(s);
  await page.context().close();
});

test("示例表 loads the sample shipped with the page, and the page is usable by keyboard", async () => {
  const s = await openPage();
  const { page } = s;
  await setAsOf(page, AS_OF);
  await page.getByRole("button", { name: ui.standalone.sample, exact: true }).click();
  await page.getByTestId("file-status").getByText("示例-任务分解表.xlsx").waitFor();
  expect(await shownCount(page, "rows")).toBe(expectedSeed004().rows);

  // Keyboard only: Tab to 全部运行 and press Enter.
  const runAll = page.getByRole("button", { name: ui.actions.runAll, exact: true });
  let reached = false;
  for (let i = 0; i < 25 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await runAll.evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press("Enter");
  await page.getByText(ui.done.runAll).waitFor();
  // The sample marks two tasks done (完成情况 column): the overview counts them.
  const doneCol = 1 + ["lead", "responsible", "cooperate", "total", "done"].indexOf("done");
  const doneCells = await page.getByTestId("unit-overview").locator(`tbody tr td:nth-child(${doneCol + 1})`).allTextContents();
  expect(doneCells.map(Number).some((n) => n > 0)).toBe(true);

  // The drop zone opens the file chooser with Enter.
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByTestId("drop-zone").focus().then(() => page.keyboard.press("Enter"))]);
  expect(chooser.isMultiple()).toBe(false);

  // Every control has a name a screen reader can read.
  const unnamed = await page.evaluate(() => {
    const bad: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("button, input, select, textarea, [role=button], [role=tab]"))) {
      const labelled = el.getAttribute("aria-labelledby");
      const byIds = labelled ? labelled.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join("") : "";
      const labels = "labels" in el ? Array.from((el as HTMLInputElement).labels ?? []).map((l) => l.textContent ?? "").join("") : "";
      const name = (el.getAttribute("aria-label") ?? "") + byIds + labels + (el.tagName === "INPUT" ? "" : el.textContent ?? "");
      if (!name.trim()) bad.push(el.outerHTML.slice(0, 120));
    }
    return bad;
  });
  expect(unnamed).toEqual([]);

  checkClean(s);
  await page.context().close();
});

test("a broken file gives a clear message in Chinese and the page keeps working", async () => {
  const s = await openPage();
  const { page } = s;
  await page.locator("#file-input").setInputFiles({
    name: "坏文件.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from("这不是一个工作簿"),
  });
  const bar = page.getByTestId("error");
  await bar.waitFor();
  const text = (await bar.textContent()) ?? "";
  expect(text).toContain(ui.errors.title);
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(text).toMatch(/xlsx|另存|重新|请/);
  expect(text).not.toMatch(/\bat \S+:\d+|TypeError|Error:|undefined/);
  await page.screenshot({ path: path.join(OUT, "standalone-3-broken-file.png"), fullPage: true });

  // Nothing was opened; a good file afterwards works.
  await expect(page.getByTestId("file-status").textContent()).resolves.toBe(ui.standalone.noFile);
  await page.locator("#file-input").setInputFiles(seedFile);
  await page.getByTestId("count-rows").waitFor();
  await expect(page.getByTestId("error").count()).resolves.toBe(0);

  checkClean(s);
  await page.context().close();
});

test("sizes: the first load has no exceljs; the workbook chunk is separate", () => {
  const first = measureFirstLoad(pane.dir);
  const firstJs = first.files.map((f) => fs.readFileSync(path.join(pane.dir, f), "utf8")).join("\n");
  // exceljs's own markers (its zip paths and class names) are not in the first load.
  expect(firstJs).not.toMatch(/xl\/worksheets\/|sharedStrings\.xml/);
  // Nor src/workbook (its OLE check names the EncryptionInfo stream), which only the standalone page needs.
  expect(firstJs).not.toContain("EncryptionInfo");
  const chunks = fs.readdirSync(pane.dir).filter((f) => f.endsWith(".js") && !first.files.includes(f));
  const withExcelJs = chunks.filter((f) => /xl\/worksheets\//.test(fs.readFileSync(path.join(pane.dir, f), "utf8")));
  expect(withExcelJs.length).toBeGreaterThan(0);
  const sizes = {
    firstLoad: { files: first.files, bytes: first.bytes, gzipBytes: first.gzipBytes },
    exceljsChunks: withExcelJs.map((f) => {
      const body = fs.readFileSync(path.join(pane.dir, f));
      return { file: f, bytes: body.length, gzipBytes: zlib.gzipSync(body, { level: 9 }).length };
    }),
  };
  fs.writeFileSync(path.join(OUT, "standalone-sizes.json"), JSON.stringify(sizes, null, 2));
  expect(first.gzipBytes).toBeLessThan(400 * 1024);
});

test("从文稿导入: seed 002 pasted becomes a new sheet, 全部运行 works on it, and 下载结果 holds it", async () => {
  const s = await openPage();
  const { page } = s;
  const view = strings("zh-CN").importDoc.view;
  const seeds = SEEDS_DIR;
  const text = fs.readFileSync(path.join(seeds, fs.readdirSync(seeds).find((f) => f.startsWith("002_"))!), "utf8");

  await page.getByRole("tab", { name: ui.tabs.import }).click();
  await page.getByRole("textbox", { name: view.textLabel }).fill(text);
  await page.getByRole("button", { name: view.button, exact: true }).click();
  const done = page.getByText(/已生成工作表“/);
  await done.waitFor();
  const sheet = /已生成工作表“([^”]+)”：(\d+) 项/.exec((await done.textContent()) ?? "");
  expect(sheet).not.toBeNull();
  const imported = Number(sheet![2]);
  expect(imported).toBeGreaterThan(10);
  await page.screenshot({ path: path.join(OUT, "standalone-4-import.png"), fullPage: true });

  // Back on the table tab the new sheet is chosen; 全部运行 reads every imported row.
  await page.getByRole("tab", { name: ui.tabs.table }).click();
  await expect(page.getByRole("combobox", { name: ui.settings.sheet }).inputValue()).resolves.toBe(sheet![1]);
  await setAsOf(page, "2022-06-30");
  await page.getByRole("button", { name: ui.actions.runAll, exact: true }).click();
  // Done, or done with errors (an imported table may lack units on some rows: 完成，但有 N 个错误) — never blocked.
  await page.getByTestId("notice").waitFor();
  expect(["success", "warning"]).toContain(await page.getByTestId("notice").getAttribute("data-level"));
  expect(await shownCount(page, "rows")).toBe(imported);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: ui.standalone.download, exact: true }).click(),
  ]);
  const saved = path.join(WORK, "imported.xlsx");
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  expect(wb.worksheets[0].name).toBe(sheet![1]);
  expect(wb.worksheets.length).toBeGreaterThan(2);

  checkClean(s);
  await page.context().close();
});

test("a file dropped on the drop zone is opened", async () => {
  const s = await openPage();
  const { page } = s;
  const b64 = fs.readFileSync(seedFile).toString("base64");
  await page.getByTestId("drop-zone").evaluate((zone, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], "拖入的表.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
    zone.dispatchEvent(new DragEvent("dragover", { dataTransfer: dt, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, b64);
  await page.getByTestId("file-status").getByText("拖入的表.xlsx").waitFor();
  expect(await shownCount(page, "rows")).toBe(expectedSeed004().rows);
  checkClean(s);
  await page.context().close();
});

test("in an English browser the page speaks English", async () => {
  const { context, page, pageErrors: errors } = await openPane(pane, { locale: "en-US" });
  const en = strings("en-US").ui;
  await page.getByText(en.standalone.notInExcel).waitFor();
  for (const a of ["validate", "normalise", "highlight", "summarise", "runAll"] as const) {
    await expect(page.getByRole("button", { name: en.actions[a], exact: true }).count()).resolves.toBe(1);
  }
  expect(errors).toEqual([]);
  await context.close();
});
