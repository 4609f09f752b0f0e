/**
 * The pane side of issue 13 on real workbooks (processWorkbook through the file host, as the page runs it):
 * stage progress, a cancel that leaves the open file as it was, the stale-summary notice after the table or
 * the as-of date changed, the as-of hint, the output language of a Chinese table in an English page, the
 * alias button's sheet, and a .txt read the way the CLI reads it.
 */
import ExcelJS from "exceljs";
import { FileHost, type ProcessFn } from "../../src/standalone/file-host";
import { processWorkbook } from "../../src/workbook/process";
import { DEFAULT_SETTINGS, HostError, type HostSettings } from "../../src/app/host";
import { staleSummary, yearEndHint } from "../../src/taskpane/hints";
import { readDocumentFile } from "../../src/standalone/read-document";
import { documentKind } from "../../src/app/document-text";
import { buildSeed004Workbook } from "../fixtures/build-workbooks";
import { strings } from "../../src/strings";

const AS_OF = "2022-10-20";
const settings = (patch: Partial<HostSettings> = {}): HostSettings => ({ ...DEFAULT_SETTINGS, asOf: AS_OF, ...patch });

async function seedBytes(): Promise<Uint8Array> {
  return new Uint8Array(await (await buildSeed004Workbook()).xlsx.writeBuffer());
}

async function sheetNames(bytes: Uint8Array): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.worksheets.map((w) => w.name);
}

test("progress goes through the stages in order and ends at 1", async () => {
  const host = new FileHost({ lang: "zh-CN", loadProcessor: async () => processWorkbook });
  await host.open(await seedBytes(), "2022年任务分解表.xlsx", settings());
  const seen: string[] = [];
  const fractions: number[] = [];
  await host.run("runAll", settings(), (f, label) => {
    seen.push(label);
    fractions.push(f);
  });
  expect(seen.filter((l, i) => l !== seen[i - 1])).toEqual(["read", "check", "plan", "write", "done"]);
  expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  expect(fractions[fractions.length - 1]).toBe(1);
});

test("a cancelled run leaves the open file byte for byte as it was, and says so", async () => {
  let cancel: (() => void) | null = null;
  const cancellable = (async (input: Uint8Array | ArrayBuffer, opts: Parameters<ProcessFn>[1]) =>
    new Promise((resolve, reject) => {
      cancel = () => {
        const e = new Error("cancelled");
        e.name = "CancelledError";
        reject(e);
      };
      void processWorkbook(input, opts).then(() => undefined);
    })) as unknown as ProcessFn & { cancel: () => boolean };
  cancellable.cancel = () => (cancel ? (cancel(), true) : false);
  let first = true;
  const host = new FileHost({ lang: "zh-CN", loadProcessor: async () => (first ? ((first = false), processWorkbook) : cancellable) });
  const bytes = await seedBytes();
  await host.open(bytes, "表.xlsx", settings());
  // The open used processWorkbook; the run gets the cancellable one (a fresh load after the first).
  (host as unknown as { processor: ProcessFn | null }).processor = cancellable;
  const before = host.download()!.bytes.slice();
  const running = host.run("runAll", settings());
  await new Promise((r) => setTimeout(r, 0));
  expect(host.cancel()).toBe(true);
  await expect(running).rejects.toMatchObject({ code: "cancelled", message: strings("zh-CN").pane.cancelled });
  await expect(running).rejects.toBeInstanceOf(HostError);
  expect(Buffer.compare(Buffer.from(host.download()!.bytes), Buffer.from(before))).toBe(0);
  expect(host.hasResult()).toBe(false);
});

test("stale summary: the 汇总 built on one date is stale on another (also after 标记逾期 only); rebuilt it is not", async () => {
  const host = new FileHost({ lang: "zh-CN", loadProcessor: async () => processWorkbook });
  await host.open(await seedBytes(), "表.xlsx", settings());
  const built = await host.run("runAll", settings());
  expect(staleSummary(built, "runAll")).toBeNull();
  const sameDay = await host.run("validate", settings());
  expect(staleSummary(sameDay, "validate")).toBeNull();
  const later = await host.run("validate", settings({ asOf: "2022-11-20" }));
  expect(staleSummary(later, "validate")).toMatchObject({ stale: true, dateChanged: true, tableChanged: false, builtAsOf: AS_OF });
  const marked = await host.run("highlight", settings({ asOf: "2022-11-20" }));
  expect(staleSummary(marked, "highlight")?.stale).toBe(true);
  const rebuilt = await host.run("summarise", settings({ asOf: "2022-11-20" }));
  expect(staleSummary(rebuilt, "summarise")).toBeNull();
  expect(staleSummary(await host.run("validate", settings({ asOf: "2022-11-20" })), "validate")).toBeNull();
});

test("as-of hint: a 2022 table checked in 2024 offers 2022-12-31; checked in 2022 it offers nothing", async () => {
  const host = new FileHost({ lang: "zh-CN", loadProcessor: async () => processWorkbook });
  const opened = await host.open(await seedBytes(), "表.xlsx", settings({ asOf: "2024-03-01" }));
  expect(yearEndHint(opened)).toBe("2022-12-31");
  expect(yearEndHint(await host.run("validate", settings()))).toBeNull();
});

test("a Chinese table on an English page gets Chinese outputs by default, English when chosen", async () => {
  const zhOut = strings("zh-CN").outputs;
  const host = new FileHost({ lang: "en-US", loadProcessor: async () => processWorkbook });
  await host.open(await seedBytes(), "table.xlsx", settings());
  await host.run("runAll", settings());
  const names = await sheetNames(host.download()!.bytes);
  expect(names).toContain("汇总");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(host.download()!.bytes as unknown as ArrayBuffer);
  const header: string[] = [];
  wb.worksheets[0].getRow(2).eachCell((c) => header.push(String(c.value)));
  expect(header).toContain(zhOut.deadlineHeader);
  await host.run("runAll", settings({ outputLang: "en-US" }));
  const wb2 = new ExcelJS.Workbook();
  await wb2.xlsx.load(host.download()!.bytes as unknown as ArrayBuffer);
  const header2: string[] = [];
  wb2.worksheets[0].getRow(2).eachCell((c) => header2.push(String(c.value)));
  expect(header2).toContain(strings("en-US").outputs.deadlineHeader);
});

test("the alias button's action creates the 单位别名 sheet and keeps the table's sheets", async () => {
  const host = new FileHost({ lang: "zh-CN", loadProcessor: async () => processWorkbook });
  const bytes = await seedBytes();
  const before = await sheetNames(bytes);
  await host.open(bytes, "表.xlsx", settings());
  await host.run("aliases", settings());
  const after = await sheetNames(host.download()!.bytes);
  expect(after).toEqual(expect.arrayContaining([...before, "单位别名"]));
  expect(await host.listSheets()).not.toContain("单位别名");
});

test("documents: .txt in GB18030 read like the CLI; .doc refused with the CLI's message; routing by type", async () => {
  const text = "一、深化政务公开（责任单位：市司法局）";
  const gb = new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2]); // 一、 in GB18030
  expect(await readDocumentFile("要点.txt", gb.buffer, "zh-CN")).toBe("一、");
  expect(await readDocumentFile("要点.txt", new TextEncoder().encode(text).buffer as ArrayBuffer, "zh-CN")).toBe(text);
  await expect(readDocumentFile("旧.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]).buffer, "zh-CN")).rejects.toThrow(strings("zh-CN").importDoc.cli.oldDoc("旧.doc"));
  expect(documentKind("a.docx", new Uint8Array([0x50, 0x4b]))).toBe("docx");
  expect(documentKind("a.xlsx", new Uint8Array([0x50, 0x4b]))).toBe("xlsx");
  expect(documentKind("a.txt", new Uint8Array([0x41]))).toBe("txt");
  expect(documentKind("noname", new Uint8Array([0x50, 0x4b]))).toBe("xlsx");
});
