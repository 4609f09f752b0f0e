/**
 * `breakdown check` as a user runs it, on workbooks built from seed 004 and friends, reading what a user (or a
 * script) would read: stdout JSON, stderr, exit status. Through the dispatcher in this process; one smoke test
 * spawns the compiled `node bin/breakdown.cjs check … -o`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { buildProblemsWorkbook, buildSeed004Workbook, buildSimpleWorkbook, seed004Table } from "../fixtures/build-workbooks";
import { runCli, runCliInput, spawnCli, tempDir } from "./support";
import { rawData, zipEntries } from "../../src/workbook/zip/read";

const dir = tempDir("check-cli-");
const file = (name: string) => path.join(dir, name);
const breakdown = (...args: string[]) => runCliInput(args);
const run = (...args: string[]) => runCli(["check", ...args]);

async function save(name: string, wb: ExcelJS.Workbook) {
  await wb.xlsx.writeFile(file(name));
}

beforeAll(async () => {
  await save("seed004.xlsx", await buildSeed004Workbook());
  await save("problems.xlsx", await buildProblemsWorkbook());
  await save("no-header.xlsx", await buildSimpleWorkbook([{ name: "Sheet1", rows: [["会议记录"], ["参会人员：张三"]] }]));
  fs.writeFileSync(file("text.xlsx"), "序号,工作任务\n1,任务\n");
  fs.writeFileSync(file("empty.xlsx"), "");
  fs.writeFileSync(file("locked.xlsx"), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]));
});

describe("check --json on seed 004 as of 2022-10-20", () => {
  let out: Awaited<ReturnType<typeof breakdown>>;
  let json: {
    sheet: string;
    year: number;
    asOf: string;
    rows: { row: number; task: string; requirement: string; units: { name: string; role: string; generic: boolean }[]; deadline: { text: string; kind: string; due: string | null; milestones: string[]; ongoing: boolean }; state: string }[];
    findings: unknown[];
    summary: Record<string, unknown>[];
  };
  beforeAll(async () => {
    out = await breakdown("check", file("seed004.xlsx"), "--as-of", "2022-10-20", "--json");
    json = JSON.parse(out.stdout);
  });

  it("exits 0 with one JSON object and nothing on stderr", () => {
    expect(out.code).toBe(0);
    expect(out.stderr).toBe("");
    expect(out.stdout.trim().split("\n")).toHaveLength(1);
    expect(Object.keys(json)).toEqual(["sheet", "year", "asOf", "rows", "findings", "summary"]);
    expect([json.sheet, json.year, json.asOf]).toEqual(["分解表", 2022, "2022-10-20"]);
  });

  it("lists every task row with its sheet row, units, normalised deadline and state", () => {
    const seedRows = seed004Table().rows.filter((r) => r.no !== null);
    expect(json.rows).toHaveLength(seedRows.length);
    for (const r of json.rows) expect(Object.keys(r)).toEqual(["row", "task", "requirement", "units", "deadline", "state"]);
    expect(json.rows.map((r) => r.deadline.text)).toEqual(seedRows.map((r) => r.deadline.trim()));
    expect(json.rows.filter((r) => r.state === "overdue").map((r) => [r.row, r.deadline.text])).toEqual([[18, "9月底前"]]);
    expect(json.rows.filter((r) => r.state === "due-soon").map((r) => r.row)).toEqual([5, 6, 8, 9]);
    const second = json.rows[1];
    expect(second.units.map((u) => [u.name, u.role, u.generic])).toEqual([
      ["市司法局", "responsible", false],
      ["市直各有关部门", "responsible", true],
    ]);
    expect(second.deadline).toEqual({ text: "年底前", kind: "date", due: "2022-12-31", milestones: ["2022-12-31"], ongoing: false });
  });

  it("has no findings and a summary with the contract's fields", () => {
    expect(json.findings).toEqual([]);
    for (const s of json.summary)
      expect(Object.keys(s)).toEqual(["unit", "generic", "lead", "responsible", "cooperate", "total", "done", "overdue", "dueSoon", "ongoing", "unknown"]);
    expect(json.summary[0]).toMatchObject({ unit: "各区人民政府", generic: true, overdue: 1, dueSoon: 4 });
  });
});

describe("check: other results", () => {
  it("prints a readable Chinese report without --json", async () => {
    const out = await breakdown("check", file("seed004.xlsx"), "--as-of", "2022-10-20");
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("计划年度 2022（来自表格标题）");
    expect(out.stdout).toMatch(/已逾期的任务：\n {2}第18行（序号16）/);
    expect(out.stdout).toContain("15天内到期的任务：");
    expect(out.stdout).toContain("没有发现问题。");
  });

  it("exits 1 when errors are found, naming row and column", async () => {
    const out = await breakdown("check", file("problems.xlsx"), "--as-of", "2022-10-20", "--json");
    expect(out.code).toBe(1);
    const json = JSON.parse(out.stdout) as { findings: { code: string; severity: string; row: number | null; column: number | null; message: string }[] };
    const codes = new Set(json.findings.map((f) => f.code));
    for (const c of ["cell-error", "missing-value", "deadline-unknown", "deadline-outside-year", "unit-unknown-fragment", "unit-alias", "number-duplicate", "number-gap"])
      expect(codes.has(c)).toBe(true);
    expect(json.findings.find((f) => f.code === "cell-error")).toEqual({
      code: "cell-error",
      severity: "error",
      row: 5,
      column: 5,
      message: "第5行“完成时限”是错误值#N/A：请检查这个单元格的公式或改为直接填写内容。",
    });
  });

  it("a sheet without a header is a no-header finding (exit 1), not a crash", async () => {
    const out = await breakdown("check", file("no-header.xlsx"), "--json", "--as-of", "2022-10-20");
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout).findings.map((f: { code: string }) => f.code)).toEqual(["no-header"]);
  });

  it("--year overrides the title: every hard date of the 2021 plan is past", async () => {
    const out = await run(file("seed004.xlsx"), "--as-of", "2022-10-20", "--year", "2021", "--json");
    const json = JSON.parse(out.stdout) as { year: number; rows: { state: string; deadline: { kind: string } }[] };
    expect(json.year).toBe(2021);
    expect(json.rows.filter((r) => r.deadline.kind === "date").every((r) => r.state === "overdue")).toBe(true);
  });
});

describe("check: bad files exit 2 with one line on stderr and no stack trace", () => {
  it.each([
    ["text.xlsx", /不是 \.xlsx 文件/],
    ["empty.xlsx", /文件是空的/],
    ["locked.xlsx", /文件有密码保护，请先取消密码再打开/],
    ["missing.xlsx", /找不到文件/],
  ])("%s", async (name, message) => {
    const out = await breakdown("check", file(name), "--json");
    expect(out.code).toBe(2);
    expect(out.stdout).toBe("");
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(out.stderr).not.toMatch(/\n\s+at |Error:/);
  });
});

describe("check: usage mistakes (in process, through the same dispatcher)", () => {
  it.each([
    [[], /请指定要检查的 \.xlsx 文件/],
    [["a.xlsx", "--as-of", "2022-13-01"], /--as-of 2022-10-20/],
    [["a.xlsx", "--as-of"], /缺少取值/],
    [["a.xlsx", "--year", "22"], /四位年份/],
    [["a.xlsx", "--due-soon", "-3"], /--due-soon/],
    [["a.xlsx", "--colour"], /不认识的选项“--colour”/],
    [["a.xlsx", "b.xlsx"], /一次只能检查一个文件/],
  ])("%j", async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("--sheet naming no sheet lists the sheets there are", async () => {
    const r = await run(file("seed004.xlsx"), "--sheet", "总表");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("“分解表”");
  });
});

describe("check -o writes the processed workbook, leaving the input alone", () => {
  it("writes OUT.xlsx that opens and still holds the table", async () => {
    const before = fs.readFileSync(file("seed004.xlsx"));
    // Smoke test: the compiled program, spawned as a user runs it.
    const out = spawnCli(["check", file("seed004.xlsx"), "--as-of", "2022-10-20", "-o", file("out.xlsx"), "--json"]);
    expect(out.stderr).toBe("");
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).rows).toHaveLength(25);
    expect(fs.readFileSync(file("seed004.xlsx")).equals(before)).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("out.xlsx"));
    expect(wb.getWorksheet("分解表")!.getCell("C3").value).toBe(seed004Table().rows[0].requirement);
    expect(wb.worksheets.length).toBeGreaterThan(1);
  });

  it("writes nothing for a sheet without a header, and says so", async () => {
    const out = await run(file("no-header.xlsx"), "-o", file("no-header-out.xlsx"));
    expect(out.code).toBe(1);
    expect(out.stdout).toContain("未写出");
    expect(fs.existsSync(file("no-header-out.xlsx"))).toBe(false);
  });

  it("keeps the input's charts in the .xlsx copy, byte for byte, beside the overview's, and says nothing is lost", async () => {
    const chart = path.resolve(__dirname, "../workbook/fidelity/libreoffice-chart.xlsx");
    const text = await run(chart, "--as-of", "2022-10-20", "-o", file("chart-out.xlsx"));
    expect(text.stdout).not.toMatch(/不能保留/);
    const parts = (bytes: Uint8Array) => {
      const out = new Map<string, string>();
      for (const e of zipEntries(bytes)!) if (/^xl\/(charts|drawings)\//.test(e.name)) out.set(e.name, Buffer.from(rawData(bytes, e)!).toString("base64"));
      return out;
    };
    const before = parts(new Uint8Array(fs.readFileSync(chart)));
    expect(before.size).toBeGreaterThan(0);
    const after = parts(new Uint8Array(fs.readFileSync(file("chart-out.xlsx"))));
    for (const [name, raw] of before) expect([name, after.get(name)]).toEqual([name, raw]);
    // Beside them only the overview's own: one drawing (with its relationships) and its two bar charts.
    const added = [...after.keys()].filter((n) => !before.has(n)).map((n) => n.replace(/\d+/g, "N")).sort();
    expect(added).toEqual(["xl/charts/chartN.xml", "xl/charts/chartN.xml", "xl/drawings/_rels/drawingN.xml.rels", "xl/drawings/drawingN.xml"]);
    const json = await run(chart, "--as-of", "2022-10-20", "-o", file("chart-out2.xlsx"), "--json");
    expect(() => JSON.parse(json.stdout)).not.toThrow();
    expect(json.stderr).not.toMatch(/不能保留/);
  });

  it("leaves no file behind when the output cannot be written", async () => {
    const target = path.join(dir, "no-such-folder", "out.xlsx");
    const out = await run(file("seed004.xlsx"), "--as-of", "2022-10-20", "-o", target);
    expect(out.code).toBe(2);
    expect(out.stderr.trim().split("\n")).toHaveLength(1);
    expect(out.stderr).toMatch(/无法写入/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("refuses to overwrite the input", async () => {
    const out = await run(file("seed004.xlsx"), "-o", file("seed004.xlsx"));
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/输出文件不能与原文件相同/);
  });
});
