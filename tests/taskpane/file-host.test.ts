import * as fs from "node:fs";
import * as path from "node:path";
import type { CheckResult } from "../../src/core/types";
import { importDocument } from "../../src/core/import";
import { strings } from "../../src/strings";
import { WorkbookError } from "../../src/workbook/errors";
import type { ProcessOptions, ProcessResult } from "../../src/workbook/process";
import { FileHost, importedFileName, type ProcessFn } from "../../src/standalone/file-host";
import { DEFAULT_SETTINGS, HostError } from "../../src/app/host";
import { SEEDS_DIR } from "../fixtures/paths";

const zh = strings("zh-CN").ui;
const NOW = new Date(2022, 10, 1, 9, 30); // 2022-11-01 local
const ZIP = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
const OUT = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]);

function emptyResult(opts: ProcessOptions): CheckResult {
  return { sheet: opts.sheet ?? "总表", year: opts.year ?? 2022, yearSource: "title", asOf: opts.asOf, dueSoonDays: opts.dueSoonDays ?? 15, layout: null, rows: [], findings: [], summary: [] };
}

/** A stand-in for processWorkbook that records its calls. */
function fakeProcessor(behaviour: (input: Uint8Array, opts: ProcessOptions) => ProcessResult | Error = (_i, o) => ({
  result: emptyResult(o),
  plan: o.parts ? { sheet: "总表", columns: [], highlights: [], sheets: [], replaceSheets: [], notes: [] } : null,
  output: o.parts ? OUT : null,
  sheets: o.parts?.sheets ? ["总表", "汇总"] : ["总表"],
})) {
  const calls: { input: Uint8Array; opts: ProcessOptions }[] = [];
  const fn: ProcessFn = async (input, opts) => {
    const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
    calls.push({ input: bytes, opts });
    const r = behaviour(bytes, opts);
    if (r instanceof Error) throw r;
    return r;
  };
  return { fn, calls };
}

function hostWith(p: ReturnType<typeof fakeProcessor>) {
  let loads = 0;
  const host = new FileHost({ lang: "zh-CN", now: () => NOW, loadProcessor: async () => (loads++, p.fn) });
  return { host, loads: () => loads };
}

test("before a file is open, a run says to open one", async () => {
  const { host } = hostWith(fakeProcessor());
  await expect(host.run("validate", DEFAULT_SETTINGS)).rejects.toEqual(new HostError(zh.errors.noFile));
  expect(host.download()).toBeNull();
  expect(await host.listSheets()).toEqual([]);
});

test("open checks the file and validates it; the sheets come from the workbook", async () => {
  const p = fakeProcessor();
  const { host } = hostWith(p);
  const progress: string[] = [];
  const out = await host.open(ZIP.buffer.slice(0), "2022年任务分解表.xlsx", { ...DEFAULT_SETTINGS, sheet: "old" }, (_f, l) => progress.push(l));
  expect(out.plan).toBeNull();
  expect(p.calls).toHaveLength(1);
  const o = p.calls[0].opts;
  expect(o.parts).toBeUndefined();
  expect(o.sheet).toBeUndefined(); // a new file: the sheet of the previous one does not apply
  expect(o.workbookName).toBe("2022年任务分解表.xlsx");
  expect(o.asOf).toBe("2022-11-01");
  expect(o.fixedAsOf).toBe(false);
  expect(await host.listSheets()).toEqual(["总表"]);
  expect(host.fileName()).toBe("2022年任务分解表.xlsx");
  expect(host.hasResult()).toBe(false);
  expect(progress).toContain("done");
  // Unprocessed: the download is the file as opened, under its own name.
  expect(host.download()).toEqual({ bytes: ZIP, name: "2022年任务分解表.xlsx" });
});

test("run passes the settings and parts, and the output becomes the current workbook", async () => {
  const p = fakeProcessor();
  const { host, loads } = hostWith(p);
  await host.open(ZIP, "总表.xlsx", DEFAULT_SETTINGS);
  await host.run("highlight", { year: 2023, asOf: "2023-03-01", dueSoonDays: 7, sheet: "总表" });
  const o = p.calls[1].opts;
  expect(o).toMatchObject({ year: 2023, asOf: "2023-03-01", dueSoonDays: 7, sheet: "总表", fixedAsOf: true, lang: "zh-CN" });
  expect(o.parts).toEqual({ columns: true, highlights: true, sheets: false });
  expect(p.calls[1].input).toEqual(ZIP);
  expect(host.hasResult()).toBe(true);
  expect(host.download()).toEqual({ bytes: OUT, name: "总表-处理结果.xlsx" });

  // The next run works on the processed workbook (its generated parts are replaced, not duplicated).
  await host.run("runAll", DEFAULT_SETTINGS);
  expect(p.calls[2].input).toEqual(OUT);
  expect(await host.listSheets()).toEqual(["总表", "汇总"]);
  expect(loads()).toBe(1); // the workbook chunk loads once
});

test("校验 writes nothing: the current workbook stays as it was", async () => {
  const p = fakeProcessor();
  const { host } = hostWith(p);
  await host.open(ZIP, "a.xlsx", DEFAULT_SETTINGS);
  const out = await host.run("validate", DEFAULT_SETTINGS);
  expect(out.plan).toBeNull();
  expect(p.calls[1].opts.parts).toBeUndefined();
  expect(host.hasResult()).toBe(false);
  expect(host.download()?.bytes).toEqual(ZIP);
});

describe("a file that cannot be read gives a message that says what to do", () => {
  test("processWorkbook's own reason (WorkbookError) is shown as it is", async () => {
    const msg = "文件设有打开密码，请在 Excel 中取消密码后另存再试。";
    const { host } = hostWith(fakeProcessor(() => new WorkbookError("encrypted", msg)));
    const err = await host.open(ZIP, "a.xlsx", DEFAULT_SETTINGS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).message).toBe(msg);
    expect(host.fileName()).toBeNull();
  });
  test("anything else: the broken-file message naming the file", async () => {
    const { host } = hostWith(fakeProcessor(() => new Error("end of central directory not found")));
    await expect(host.open(ZIP, "坏文件.xlsx", DEFAULT_SETTINGS)).rejects.toEqual(new HostError(zh.errors.brokenFile("坏文件.xlsx")));
  });
  test("not an .xlsx at all (a .csv): says to save as .xlsx", async () => {
    const { host } = hostWith(fakeProcessor(() => new Error("zip")));
    const csv = new TextEncoder().encode("工作任务,时限\n");
    await expect(host.open(csv, "表.csv", DEFAULT_SETTINGS)).rejects.toEqual(new HostError(zh.errors.notXlsx("表.csv")));
  });
  test("a failed open keeps the previous file", async () => {
    let fail = false;
    const p = fakeProcessor((_i, o) => (fail ? new Error("bad") : { result: emptyResult(o), plan: null, output: null, sheets: ["总表"] }));
    const { host } = hostWith(p);
    await host.open(ZIP, "good.xlsx", DEFAULT_SETTINGS);
    fail = true;
    await expect(host.open(ZIP, "bad.xlsx", DEFAULT_SETTINGS)).rejects.toBeInstanceOf(HostError);
    expect(host.fileName()).toBe("good.xlsx");
  });
});

test("a WorkbookError during a run (no such sheet) becomes a HostError; an unexpected error stays unexpected", async () => {
  let mode: "ok" | "sheet" | "bug" = "ok";
  const p = fakeProcessor((_i, o) =>
    mode === "sheet"
      ? new WorkbookError("sheet-not-found", "找不到工作表“X”。")
      : mode === "bug"
        ? new TypeError("x is undefined")
        : { result: emptyResult(o), plan: null, output: null, sheets: ["总表"] },
  );
  const { host } = hostWith(p);
  await host.open(ZIP, "a.xlsx", DEFAULT_SETTINGS);
  mode = "sheet";
  await expect(host.run("runAll", { ...DEFAULT_SETTINGS, sheet: "X" })).rejects.toEqual(new HostError("找不到工作表“X”。"));
  mode = "bug";
  await expect(host.run("runAll", DEFAULT_SETTINGS)).rejects.toBeInstanceOf(TypeError);
  expect(host.hasResult()).toBe(false);
});

test("the workbook chunk failing to load is a HostError, not a crash", async () => {
  const host = new FileHost({ now: () => NOW, loadProcessor: async () => Promise.reject(new Error("ChunkLoadError")) });
  await expect(host.open(ZIP, "a.xlsx", DEFAULT_SETTINGS)).rejects.toBeInstanceOf(HostError);
});

describe("从文稿导入 through the file host (real importDocument, exceljs and processWorkbook)", () => {
  const SEEDS = SEEDS_DIR;
  const seedText = (prefix: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), "utf8");

  test("with no file open, the imported table becomes a new workbook that 校验 reads", async () => {
    const host = new FileHost({ now: () => NOW });
    const imported = importDocument(seedText("002_"), { fallbackYear: 2022 });
    expect(imported.rows.length).toBeGreaterThan(10);
    const sheet = await host.importTable(imported);
    expect(await host.listSheets()).toEqual([sheet]);
    expect(host.fileName()).toBe(importedFileName(imported.sheetTitle));
    expect(host.hasResult()).toBe(true);
    const out = await host.run("validate", { ...DEFAULT_SETTINGS, sheet, asOf: "2022-11-01" });
    expect(out.result.sheet).toBe(sheet);
    expect(out.result.rows).toHaveLength(imported.rows.length);
    expect(out.result.year).toBe(imported.year);
  });

  test("into an open workbook: a new sheet, the existing sheets untouched", async () => {
    const host = new FileHost({ now: () => NOW });
    const sample = fs.readFileSync(path.resolve(__dirname, "../../assets/sample/示例-任务分解表.xlsx"));
    await host.open(new Uint8Array(sample), "示例-任务分解表.xlsx", DEFAULT_SETTINGS);
    const before = await host.run("validate", { ...DEFAULT_SETTINGS, asOf: "2022-11-01" });
    const sheet = await host.importTable(importDocument(seedText("003_"), { fallbackYear: 2022 }));
    const sheets = await host.listSheets();
    expect(sheets).toEqual(["任务分解表", sheet]); // the sample's own sheet is named 任务分解表: the import takes another name
    expect(sheet).not.toBe("任务分解表");
    expect(host.fileName()).toBe("示例-任务分解表.xlsx");
    const after = await host.run("validate", { ...DEFAULT_SETTINGS, sheet: "任务分解表", asOf: "2022-11-01" });
    expect(after.result.rows).toEqual(before.result.rows);
  });

  test("the file name of an imported table has no characters a file system refuses", () => {
    expect(importedFileName('2022年"政务/公开":任务分解表')).toBe("2022年 政务 公开 任务分解表.xlsx");
    expect(importedFileName("  ")).toBe("任务分解表.xlsx");
  });
});
