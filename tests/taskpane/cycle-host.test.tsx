/**
 * 督办 on the standalone page's open workbook: 分发 gives one .zip of unit workbooks (unpacked and read back
 * here), 回收 merges several returned files into the open workbook, which 下载结果 then saves. The pane's tab
 * (server-side render) shows only on the page.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as React from "react";
import { renderToString } from "react-dom/server";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { FileHost } from "../../src/standalone/file-host";
import { cyclePort } from "../../src/standalone/cycle-host";
import { processWorkbook } from "../../src/workbook/process";
import { DEFAULT_SETTINGS, HostError, type Host } from "../../src/app/host";
import { App } from "../../src/taskpane/App";

const SEED = path.resolve(__dirname, "../fixtures/workbooks/seed004.xlsx");
const NOW = () => new Date(2022, 9, 10, 9, 0);

async function fill(bytes: Uint8Array, status: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  for (let r = 4; r <= ws.rowCount; r++) {
    ws.getRow(r).getCell(9).value = "按计划推进";
    ws.getRow(r).getCell(10).value = status;
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("the page's 督办: split to a .zip, collect many files", () => {
  test("split, fill two, collect: the open workbook becomes the merged master", async () => {
    const host = new FileHost({ lang: "zh-CN", loadProcessor: async () => processWorkbook, now: NOW });
    const port = cyclePort(host, "zh-CN", { now: NOW, load: async () => import("../../src/standalone/cycle-files") });
    await expect(port.split(null)).rejects.toBeInstanceOf(HostError);
    await host.open(new Uint8Array(fs.readFileSync(SEED)), "seed004.xlsx", DEFAULT_SETTINGS);

    const zip = await port.split("2022-10-20");
    expect(zip.name).toBe("seed004-报送表.zip");
    const entries = unzipSync(zip.bytes);
    expect(Object.keys(entries)).toHaveLength(23);
    expect(zip.count).toBe(23);
    const sifa = entries["seed004 - 市司法局.xlsx"]!;
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(sifa as unknown as ArrayBuffer);
    expect(String(check.worksheets[0]!.getCell("A1").value)).toContain("2022-10-20");

    await expect(port.collect([])).rejects.toBeInstanceOf(HostError);
    const summary = await port.collect([
      { name: "司法局.xlsx", bytes: await fill(sifa, "已完成") },
      { name: "部门.xlsx", bytes: await fill(entries["seed004 - 市直各有关部门.xlsx"]!, "已完成") },
    ]);
    expect(summary.returned.sort()).toEqual(["市司法局", "市直各有关部门"].sort());
    expect(summary.missing).toHaveLength(21);
    expect(summary.done).toBeGreaterThan(0);
    expect(host.hasResult()).toBe(true);
    const saved = host.download()!;
    expect(saved.name).toMatch(/seed004.+\.xlsx$/);
    expect(await host.listSheets()).toContain("报送记录");
    const merged = new ExcelJS.Workbook();
    await merged.xlsx.load(saved.bytes as unknown as ArrayBuffer);
    const header = merged.worksheets[0]!.getRow(2).values as unknown[];
    expect(header).toContain("报送完成状态");
  }, 60000);

  test("the 督办 tab shows on the page only", () => {
    const file = new FileHost({ lang: "zh-CN", loadProcessor: async () => processWorkbook });
    const excel: Host = { kind: "excel", listSheets: async () => [], loadSettings: async () => ({}), saveSettings: async () => undefined, run: async () => Promise.reject(new Error("no")) };
    expect(renderToString(<App host={file} lang="zh-CN" />)).toContain("督办");
    expect(renderToString(<App host={excel} lang="zh-CN" />)).not.toContain("督办");
  });
});
