/**
 * The 督办 cycle end to end on seed 004, as a user runs it: `split` into unit workbooks, units fill them in
 * (a script does what units do: rename the file, re-sort rows, delete a row, add a row, switch protection off
 * and type where they should not, send twice), `collect` them back, and a second, later `collect`.
 * Everything is checked by reading the written files back (exceljs, and the XML inside the zip).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import ExcelJS from "exceljs";
import { ROOT, runCli, tempDir } from "./support";
import { zipEntries } from "../../src/workbook/zip/read";

const SEED = path.join(ROOT, "tests/fixtures/workbooks/seed004.xlsx");
const dir = tempDir("cycle-");
const out = path.join(dir, "out");
const back = path.join(dir, "back");
fs.mkdirSync(back);

function sheetXml(file: string): string {
  const bytes = fs.readFileSync(file);
  const entry = zipEntries(bytes)!.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
  const start = entry.offset + 30 + bytes.readUInt16LE(entry.offset + 26) + bytes.readUInt16LE(entry.offset + 28);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return (entry.method === 0 ? data : zlib.inflateRawSync(data)).toString("utf8");
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const text = (v: ExcelJS.CellValue): string => (v === null || v === undefined ? "" : typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : String(v));

/** The data rows of a unit book (row 4 on) as arrays of 12 values. */
function dataRows(ws: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = 4; r <= ws.rowCount; r++) rows.push(Array.from({ length: 13 }, (_, j) => ws.getRow(r).getCell(j + 1).value));
  return rows;
}

function writeRows(ws: ExcelJS.Worksheet, rows: ExcelJS.CellValue[][], clearTo: number): void {
  for (let r = 4; r <= clearTo; r++) for (let c = 1; c <= 13; c++) ws.getRow(r).getCell(c).value = null;
  rows.forEach((vals, i) => vals.forEach((v, j) => (ws.getRow(4 + i).getCell(j + 1).value = v)));
}

/** Fill a unit's book as the unit would and save it under `name` in the returned folder. */
async function fill(unit: string, name: string, edit: (ws: ExcelJS.Worksheet, rows: ExcelJS.CellValue[][]) => ExcelJS.CellValue[][] | void): Promise<void> {
  const wb = await open(path.join(out, `seed004 - ${unit}.xlsx`));
  const ws = wb.worksheets[0]!;
  const rows = dataRows(ws);
  const last = ws.rowCount;
  const changed = edit(ws, rows);
  if (changed) writeRows(ws, changed, Math.max(last, 3 + changed.length));
  await wb.xlsx.writeFile(path.join(back, name));
}

const P = 8, S = 9; // 0-based: 进展情况, 完成状态

describe("split and collect on seed 004", () => {
  let split: Awaited<ReturnType<typeof runCli>>;
  beforeAll(async () => {
    split = await runCli(["split", SEED, "--as-of", "2022-09-30", "--report-by", "2022-10-10", "-o", out + path.sep]);
  }, 60000);

  test("split writes one workbook per unit named <table> - <unit>.xlsx", () => {
    expect(split.stderr).toBe("");
    expect(split.code).toBe(0);
    const files = fs.readdirSync(out).sort();
    expect(files).toHaveLength(23);
    expect(files).toContain("seed004 - 市司法局.xlsx");
    expect(files).toContain("seed004 - 各区人民政府.xlsx");
    expect(split.lines[0]).toContain("23");
  });

  test("a unit workbook: its tasks, the instruction with 报送时限, unlocked fill-in columns, a status dropdown, frozen header, protection", async () => {
    const file = path.join(out, "seed004 - 市司法局.xlsx");
    const ws = (await open(file)).worksheets[0]!;
    expect(text(ws.getCell("A1").value)).toContain("2022-10-10");
    expect(text(ws.getCell("C2").value)).toBe("市司法局");
    expect(["A3", "I3", "J3", "K3", "L3"].map((a) => text(ws.getCell(a).value))).toEqual(["任务编号", "进展情况", "完成状态", "佐证材料", "联系人/电话"]);
    expect(dataRows(ws)).toHaveLength(4);
    expect(text(ws.getCell("A4").value)).toMatch(/^\d+-[0-9a-z]{7}$/);
    for (const a of ["I4", "J4", "K5", "L7"]) expect(ws.getCell(a).protection?.locked).toBe(false);
    for (const a of ["A4", "C4", "H7"]) expect(ws.getCell(a).protection?.locked).not.toBe(false);
    expect(ws.getCell("J5").dataValidation).toMatchObject({ type: "list", formulae: ['"已完成,部分完成,正在推进,尚未启动"'] });
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    const xml = sheetXml(file);
    expect(xml).toMatch(/<sheetProtection sheet="1"/);
    expect(xml).not.toMatch(/hashValue|password=/);
    expect(xml).toMatch(/<dataValidation type="list"[^>]*sqref="J4:J7"/);
    expect(xml).toMatch(/<pane ySplit="3" topLeftCell="A4"[^>]*state="frozen"/);
  });

  describe("units fill in and send back; collect", () => {
    let json: Record<string, unknown> & { rows: { row: number; key: string; state: string; reports: { unit: string; state: string; progress: string }[] }[] };
    const merged = path.join(dir, "merged.xlsx");
    beforeAll(async () => {
      // 市司法局: every task done; renamed, rows in reverse order.
      await fill("市司法局", "司法局九月进展.xlsx", (_ws, rows) =>
        rows.map((r) => { r[P] = `已办理：${text(r[2])}`; r[S] = "已完成"; return r; }).reverse());
      // 市直各有关部门: all done; one row's task key typed away (matched by 序号 + text).
      await fill("市直各有关部门", "市直各有关部门.xlsx", (_ws, rows) =>
        rows.map((r, i) => { r[S] = "已完成"; if (i === 1) r[0] = null; return r; }));
      // 市工信局: its first row deleted, a row added, the status word typed into 进展情况.
      await fill("市工信局", "工信局.xlsx", (_ws, rows) => {
        const kept = rows.slice(1).map((r) => { r[P] = "正在推进"; return r; });
        return [...kept, [null, "99", "自行增加的任务", "自行增加的要求", null, null, null, null, "新增工作的进展", "正在推进"]];
      });
      // 各区人民政府: protection switched off, a sentence in 完成状态, text in 当前状态 and right of the table.
      await fill("各区人民政府", "各区.xlsx", (ws, rows) => {
        ws.unprotect();
        rows[0]![S] = "各区均已完成整改并报送材料";
        rows[1]![7] = "已部署";
        rows[2]![12] = "补充说明写在表外";
        return rows;
      });
      // 市卫健委 twice: the later file wins.
      await fill("市卫健委", "卫健委.xlsx", (_ws, rows) => rows.map((r) => { r[S] = "正在推进"; return r; }));
      await fill("市卫健委", "卫健委（更正）.xlsx", (_ws, rows) => rows.map((r) => { r[S] = "已完成"; return r; }));
      const files = ["司法局九月进展.xlsx", "市直各有关部门.xlsx", "工信局.xlsx", "各区.xlsx", "卫健委.xlsx", "卫健委（更正）.xlsx"].map((f) => path.join(back, f));
      const ran = await runCli(["collect", SEED, ...files, SEED, "--as-of", "2022-10-10", "-o", merged, "--json"]);
      expect(ran.stderr).toBe("");
      expect(ran.code).toBe(0);
      json = JSON.parse(ran.stdout) as typeof json;
    }, 120000);

    test("--json: returned, missing, unmatched, duplicates by name", () => {
      expect(Object.keys(json)).toEqual(["asOf", "returned", "missing", "unmatched", "duplicates", "rows"]);
      const returned = json.returned as { unit: string; file: string; date: string }[];
      expect(returned.map((r) => r.unit).sort()).toEqual(["各区人民政府", "市卫健委", "市司法局", "市工信局", "市直各有关部门"].sort());
      expect(returned.find((r) => r.unit === "市卫健委")!.file).toMatch(/更正/);
      expect(returned.every((r) => r.date === "2022-10-10")).toBe(true);
      const missing = json.missing as string[];
      expect(missing).toHaveLength(23 - 5);
      expect(missing).toContain("各开发区管委会");
      expect(missing).not.toContain("市司法局");
      const unmatched = json.unmatched as { file: string; row: number | null; reason: string }[];
      expect(unmatched).toContainEqual({ file: SEED, row: null, reason: "not-a-unit-book" });
      expect(unmatched).toContainEqual({ file: path.join(back, "工信局.xlsx"), row: 6, reason: "extra-row" });
      const duplicates = json.duplicates as { unit: string; file: string; reason: string }[];
      expect(duplicates).toEqual([{ unit: "市卫健委", file: path.join(back, "卫健委.xlsx"), row: null, reason: "unit-twice" }]);
    });

    test("rows: every unit's report; done only when every responsible unit says done; misplaced text kept", () => {
      const row4 = json.rows.find((r) => r.row === 4)!; // 市司法局 + 市直各有关部门
      expect(row4.reports.map((r) => [r.unit, r.state])).toEqual([["市司法局", "done"], ["市直各有关部门", "done"]]);
      expect(row4.state).toBe("done");
      const row8 = json.rows.find((r) => r.row === 8)!; // 市工信局, 市信息中心, … : not all done
      expect(row8.state).not.toBe("done");
      expect(row8.reports.find((r) => r.unit === "市信息中心")!.state).toBe("missing");
      const districts = json.rows.filter((r) => r.reports.some((x) => x.unit === "各区人民政府" && x.state !== "missing"));
      const progress = districts.map((r) => r.reports.find((x) => x.unit === "各区人民政府")!.progress);
      expect(progress).toEqual(expect.arrayContaining(["各区均已完成整改并报送材料", "已部署", "补充说明写在表外"]));
      const gx = json.rows.flatMap((r) => r.reports.filter((x) => x.unit === "市工信局"));
      expect(gx.filter((x) => x.state === "missing")).toHaveLength(1); // the deleted row
    });

    test("the merged master: original cells unchanged, added columns, states in the overview, 报送记录", async () => {
      const before = (await open(SEED)).worksheets[0]!;
      const wb = await open(merged);
      const ws = wb.getWorksheet(before.name)!;
      before.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => expect(text(ws.getRow(r).getCell(c).value)).toBe(text(cell.value))),
      );
      const header = ws.getRow(2);
      const headers = Array.from({ length: 14 }, (_, j) => text(header.getCell(j + 1).value));
      const stateCol = headers.indexOf("报送完成状态") + 1;
      const reportsCol = headers.indexOf("各单位报送情况") + 1;
      expect(stateCol).toBeGreaterThan(headers.indexOf("时限类型") + 1);
      expect(text(ws.getRow(4).getCell(stateCol).value)).toBe("已完成");
      expect(text(ws.getRow(4).getCell(reportsCol).value)).toContain("市司法局【已完成】");
      expect(text(ws.getRow(3).getCell(stateCol).value)).toMatch(/未完成|个责任单位已完成|未报送/);
      const overview = wb.getWorksheet("汇总")!;
      let headerRow = 0;
      overview.eachRow((row, r) => { if (text(row.getCell(1).value) === "责任单位") headerRow = r; });
      const oh = Array.from({ length: overview.getRow(headerRow).cellCount }, (_, j) => text(overview.getRow(headerRow).getCell(j + 1).value));
      expect(oh.slice(-2)).toEqual(["报送情况", "报送日期"]);
      const line = (unit: string) => {
        for (let r = headerRow + 1; r <= overview.rowCount; r++) if (text(overview.getRow(r).getCell(1).value) === unit) return overview.getRow(r);
        throw new Error(unit);
      };
      const reported = oh.indexOf("报送情况") + 1;
      expect(text(line("市司法局").getCell(reported).value)).toBe("已报送");
      expect(text(line("各开发区管委会").getCell(reported).value)).toBe("未报送");
      expect(Number(text(line("市司法局").getCell(7).value))).toBeGreaterThan(0); // 已完成 counts from the reports
      expect(wb.getWorksheet("报送记录")).toBeDefined();
      // The highlight rules read 报送完成状态 as the status column: a done row is never coloured overdue.
      const letter = String.fromCharCode(64 + stateCol);
      const rules = (ws as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings.flatMap((c) => c.rules);
      expect(rules.length).toBeGreaterThanOrEqual(2);
      for (const r of rules) expect(r.formulae![0]).toContain(`$${letter}`);
    });

    test("the readable report names what was matched by text and what was moved", async () => {
      const files = ["市直各有关部门.xlsx", "各区.xlsx"].map((f) => path.join(back, f));
      const ran = await runCli(["collect", SEED, ...files, "--as-of", "2022-10-10", "-o", path.join(dir, "report.xlsx")]);
      expect(ran.code).toBe(0);
      expect(ran.stdout).toContain("按序号和任务内容对上的行（1）");
      expect(ran.stdout).toMatch(/已移到“进展情况”的内容（3）/);
      expect(ran.stdout).toContain("未报送（21 个单位）");
    }, 60000);

    test("checking the merged master again keeps the reported states and the rules on 报送完成状态", async () => {
      const checked = path.join(dir, "checked.xlsx");
      const ran = await runCli(["check", merged, "--as-of", "2022-10-10", "--json", "-o", checked]);
      const rows = (JSON.parse(ran.stdout) as { rows: { row: number; state: string }[] }).rows;
      expect(rows.find((r) => r.row === 4)!.state).toBe("done");
      expect(rows.find((r) => r.row === 8)!.state).not.toBe("done");
      const ws = (await open(checked)).worksheets[0]!;
      const headers = Array.from({ length: 14 }, (_, j) => text(ws.getRow(2).getCell(j + 1).value));
      const letter = String.fromCharCode(65 + headers.indexOf("报送完成状态"));
      const rules = (ws as unknown as { conditionalFormattings: { rules: { formulae?: string[] }[] }[] }).conditionalFormattings.flatMap((c) => c.rules);
      for (const r of rules) expect(r.formulae![0]).toContain(`$${letter}`);
    }, 60000);

    test("a later collect replaces a returning unit's reports and keeps the others' date", async () => {
      await fill("市工信局", "工信局十月.xlsx", (_ws, rows) => rows.map((r) => { r[S] = "已完成"; return r; }));
      const again = path.join(dir, "merged2.xlsx");
      const ran = await runCli(["collect", merged, path.join(back, "工信局十月.xlsx"), "--as-of", "2022-11-10", "-o", again, "--json"]);
      expect(ran.code).toBe(0);
      const j = JSON.parse(ran.stdout) as typeof json;
      const returned = j.returned as { unit: string; date: string }[];
      expect(returned.find((r) => r.unit === "市工信局")!.date).toBe("2022-11-10");
      expect(returned.find((r) => r.unit === "市司法局")!.date).toBe("2022-10-10");
      expect(j.rows.flatMap((r) => r.reports.filter((x) => x.unit === "市工信局")).every((x) => x.state === "done")).toBe(true);
      const wb = await open(again);
      const headerCells = Array.from({ length: 20 }, (_, j) => text(wb.worksheets[0]!.getRow(2).getCell(j + 1).value));
      expect(headerCells.filter((h) => h === "报送完成状态")).toHaveLength(1);
      expect(wb.worksheets.filter((w) => w.name.startsWith("报送记录"))).toHaveLength(1);
    }, 60000);
  });

  test("a 单位目录 sheet expands a group into its members; other groups keep their own workbook", async () => {
    const wb = await open(SEED);
    const directory = wb.addWorksheet("单位目录");
    directory.addRow(["单位类别", "成员单位"]);
    directory.addRow(["各区人民政府", "东城区人民政府、西城区人民政府"]);
    directory.addRow([null, "南湖区人民政府"]);
    const withDirectory = path.join(dir, "分解表.xlsx");
    await wb.xlsx.writeFile(withDirectory);
    const folder = path.join(dir, "directory");
    const ran = await runCli(["split", withDirectory, "--as-of", "2022-09-30", "--units", "东城区人民政府,南湖区人民政府,各开发区管委会", "-o", folder]);
    expect(ran.stderr).toBe("");
    expect(fs.readdirSync(folder).sort()).toEqual(["分解表 - 东城区人民政府.xlsx", "分解表 - 南湖区人民政府.xlsx", "分解表 - 各开发区管委会.xlsx"].sort());
    const ws = (await open(path.join(folder, "分解表 - 东城区人民政府.xlsx"))).worksheets[0]!;
    expect(dataRows(ws)).toHaveLength(24); // every task of 各区人民政府
    const refused = await runCli(["split", withDirectory, "--units", "各区人民政府", "-o", folder]);
    expect(refused.code).toBe(2);
  }, 60000);

  test("usage mistakes: one line on standard error, exit 2", async () => {
    const noOut = await runCli(["split", SEED]);
    expect([noOut.code, noOut.stderr]).toEqual([2, "请用 -o 指定输出文件夹，例如：-o 报送表/\n"]);
    const unknown = await runCli(["split", SEED, "--units", "不存在局", "-o", path.join(dir, "none")]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^表中没有这些单位：不存在局。/);
    expect(fs.existsSync(path.join(dir, "none"))).toBe(false);
    const noReturned = await runCli(["collect", SEED, "-o", path.join(dir, "x.xlsx")]);
    expect(noReturned.code).toBe(2);
    expect(noReturned.stderr).toMatch(/请在总表后面列出交回的报送表/);
  });
});
