/**
 * The standalone page as a user on a phone, a tablet and a desktop sees it (issue 13): seed 004 opened and run
 * at 350, 768 and 1280 px in both languages, every preview-table column at least 48 px wide and no cell whose
 * text is cut off; screenshots written to docs/screenshots/ (looked at by hand). Then what each outcome tells
 * the user: an empty sheet, no header, a missing column and a table with errors give no success message and no
 * download; a cancel mid-run leaves the open file as it was; the English page has no Chinese text but data.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import { openPane, startPane, type ServedPane } from "./support/pane";
import { buildSeed004Workbook, buildSimpleWorkbook } from "../fixtures/build-workbooks";
import { strings, type Lang } from "../../src/strings";
import { REPO_ROOT } from "../fixtures/paths";

const OUT = path.join(REPO_ROOT, "tests", ".out", "pane-layout");
const SHOTS = path.join(REPO_ROOT, "docs", "screenshots");
const AS_OF = "2022-10-20";
const WIDTHS = [350, 768, 1280];

jest.setTimeout(180_000);

let pane: ServedPane;
let seedFile: string;
const files: Record<string, string> = {};

beforeAll(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  fs.mkdirSync(SHOTS, { recursive: true });
  seedFile = path.join(OUT, "2022年任务分解表.xlsx");
  await (await buildSeed004Workbook()).xlsx.writeFile(seedFile);
  const write = async (name: string, wb: ExcelJS.Workbook) => {
    files[name] = path.join(OUT, name);
    await wb.xlsx.writeFile(files[name]);
  };
  await write("empty.xlsx", await buildSimpleWorkbook([{ name: "Sheet1", rows: [] }]));
  await write("no-header.xlsx", await buildSimpleWorkbook([{ name: "Sheet1", rows: [["会议纪要"], ["今天讨论了三件事"], ["下次再议"]] }]));
  await write(
    "missing-column.xlsx",
    await buildSimpleWorkbook([{ name: "分解表", rows: [["序号", "工作任务", "责任单位"], [1, "任务甲", "市司法局"], [2, "任务乙", "市审计局"]] }]),
  );
  // A table with errors (an error value, a missing unit, a repeated 序号 …): the repository's problems fixture.
  files["problems.xlsx"] = path.join(REPO_ROOT, "tests", "fixtures", "workbooks", "problems.xlsx");
  // A long table: a run takes long enough in the worker to be cancelled while it runs.
  const rows: (string | number)[][] = [["2022年重点工作任务分解表"], ["序号", "工作任务", "工作要求", "责任单位", "完成时限"]];
  for (let i = 1; i <= 6000; i++) rows.push([i, `任务${i}`, `要求${i}：按期完成相关工作并报送进展情况`, i % 2 ? "市司法局" : "市审计局、市财政局", `${(i % 12) + 1}月底前`]);
  await write("long.xlsx", await buildSimpleWorkbook([{ name: "分解表", rows }]));
  pane = await startPane();
}, 12 * 60_000);

afterAll(async () => {
  await pane?.close();
});

async function open(lang: Lang, width: number): Promise<{ page: Page; close: () => Promise<void>; errors: string[] }> {
  const s = await openPane(pane, { viewport: { width, height: 900 }, locale: lang, acceptDownloads: true });
  await s.page.getByText(strings(lang).ui.standalone.notInExcel).waitFor();
  return { page: s.page, close: () => s.context.close(), errors: s.pageErrors };
}

async function openFile(page: Page, lang: Lang, file: string, asOf = AS_OF): Promise<void> {
  const ui = strings(lang).ui;
  const asOfField = page.getByLabel(ui.settings.asOf, { exact: true });
  if (!(await asOfField.isVisible())) await page.getByRole("button", { name: new RegExp(ui.settings.heading) }).click();
  await asOfField.fill(asOf);
  await page.locator("#file-input").setInputFiles(file);
  await page.getByTestId("file-status").getByText(path.basename(file)).waitFor();
}

async function runAll(page: Page, lang: Lang): Promise<void> {
  await page.getByRole("button", { name: strings(lang).ui.actions.runAll, exact: true }).click();
  await page.getByTestId("notice").or(page.getByTestId("error")).first().waitFor();
}

/** Every preview-table cell: its width, and whether its text is wider than its box (cut off or spilling). */
async function measureCells(page: Page) {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("[data-testid=preview] th, [data-testid=preview] td")).map((el) => ({
      text: (el.textContent ?? "").slice(0, 30),
      width: el.getBoundingClientRect().width,
      overflow: el.scrollWidth - el.clientWidth,
      hidden: getComputedStyle(el).overflow === "hidden" && el.scrollWidth > el.clientWidth + 1,
    })),
  );
}

describe.each(["zh-CN", "en-US"] as const)("%s: seed 004 at 350, 768 and 1280 px", (lang) => {
  test("no preview column under 48 px, no text cut off; screenshots in docs/screenshots", async () => {
    const ui = strings(lang).ui;
    const { page, close, errors } = await open(lang, WIDTHS[0]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.title()).toBe(ui.productName);
    await openFile(page, lang, seedFile);
    await runAll(page, lang);
    expect(await page.getByTestId("notice").getAttribute("data-intent")).not.toBeNull();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 900 });
      const cells = await measureCells(page);
      expect(cells.length).toBeGreaterThan(50);
      const narrow = cells.filter((c) => c.width < 48);
      const cut = cells.filter((c) => c.hidden || c.overflow > 1);
      await page.screenshot({ path: path.join(SHOTS, `standalone-${lang}-${width}.png`), fullPage: true });
      // The page itself never scrolls sideways: only a table's or the bar charts' own box does. (Listed: what sticks out.)
      const outside = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>("main *"))
          .filter((el) => !el.closest("table, [data-testid=unit-chart]") && el.getBoundingClientRect().right > window.innerWidth + 1)
          .map((el) => `${el.tagName}.${el.className}: ${(el.textContent ?? "").slice(0, 40)}`),
      );
      expect({ width, narrow, cut, outside }).toEqual({ width, narrow: [], cut: [], outside: [] });
    }
    if (lang === "en-US") {
      // No Chinese on the English page except the data (the preview's rows, the file name, the unit overview).
      const text = await page.evaluate(() => {
        const clone = document.body.cloneNode(true) as HTMLElement;
        for (const el of Array.from(clone.querySelectorAll("[data-testid=preview] tbody, [data-testid=file-status], [data-testid=findings], select, noscript"))) el.remove();
        return clone.innerText;
      });
      // The sheet's own name (分解表) is data too, wherever the page names the sheet.
      expect(text.replaceAll("分解表", "").match(/[\u4e00-\u9fff]+/g) ?? []).toEqual([]);
    }
    expect(errors).toEqual([]);
    await close();
  });
});

describe("outcomes: no success message and no download unless a run wrote something", () => {
  test.each([
    ["empty.xlsx", "blocked"],
    ["no-header.xlsx", "blocked"],
    ["missing-column.xlsx", "blocked"],
    ["problems.xlsx", "warning"],
  ])("%s → %s", async (name, level) => {
    const ui = strings("zh-CN").ui;
    const { page, close } = await open("zh-CN", 1000);
    await page.locator("#file-input").setInputFiles(files[name]);
    await page.getByTestId("file-status").getByText(name).waitFor();
    await runAll(page, "zh-CN");
    const notice = page.getByTestId("notice");
    const shown = (await notice.count()) ? await notice.getAttribute("data-intent") : "error";
    expect(shown).not.toBe("success");
    expect(await page.getByText(ui.done.runAll).count()).toBe(0);
    const download = page.getByTestId("download");
    if (level === "blocked") {
      expect(await download.isDisabled()).toBe(true);
      const text = (await notice.count()) ? await notice.textContent() : await page.getByTestId("error").textContent();
      if (name === "missing-column.xlsx") expect(text).toContain("时限");
    } else {
      expect(shown).toBe("warning");
      expect(await notice.textContent()).toMatch(/错误/);
    }
    await close();
  });

  test("下载结果 is disabled until a run wrote something", async () => {
    const { page, close } = await open("zh-CN", 1000);
    await openFile(page, "zh-CN", seedFile);
    expect(await page.getByTestId("download").isDisabled()).toBe(true);
    await runAll(page, "zh-CN");
    expect(await page.getByTestId("download").isEnabled()).toBe(true);
    await close();
  });
});

test("cancel mid-run: the worker stops, the open file is exactly as before the run, the next run works", async () => {
  const p = strings("zh-CN").pane;
  const { page, close } = await open("zh-CN", 1000);
  await openFile(page, "zh-CN", files["long.xlsx"]);
  await runAll(page, "zh-CN");
  const first = await download(page, "first.xlsx");
  await page.getByRole("button", { name: strings("zh-CN").ui.actions.runAll, exact: true }).click();
  await page.getByRole("button", { name: p.cancel, exact: true }).click();
  await page.getByText(p.cancelled).waitFor();
  const after = await download(page, "after-cancel.xlsx");
  expect(Buffer.compare(fs.readFileSync(first), fs.readFileSync(after))).toBe(0);
  await runAll(page, "zh-CN");
  expect(await page.getByTestId("notice").getAttribute("data-intent")).not.toBe("info");
  await close();
});

test("a .txt document dropped on the drop zone goes to 从文稿导入", async () => {
  const view = strings("zh-CN").importDoc.view;
  const { page, close } = await open("zh-CN", 768);
  const text = "2022年工作要点\n一、深化政务公开\n（一）推进基层政务公开标准化。（责任单位：市司法局，2022年9月底前完成）\n";
  const b64 = Buffer.from(text, "utf8").toString("base64");
  await page.getByTestId("drop-zone").evaluate((zone, data) => {
    const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], "工作要点.txt", { type: "text/plain" }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, b64);
  await page.getByRole("tab", { name: strings("zh-CN").ui.tabs.import, selected: true }).waitFor();
  await page.waitForFunction(() => Array.from(document.querySelectorAll("textarea")).some((t) => t.value.includes("推进基层政务公开标准化")));
  expect(await page.getByRole("textbox", { name: view.textLabel }).inputValue()).toContain("（责任单位：市司法局");
  await close();
});

async function download(page: Page, name: string): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download").click()]);
  const file = path.join(OUT, name);
  await d.saveAs(file);
  return file;
}
