/**
 * Reading .xlsx without exceljs (src/workbook/xlsx): far stray cells cost nothing and are reported, workbooks
 * exceljs refuses (openpyxl tables, comments, charts) are read, hidden columns are known, and the result is the
 * one the exceljs reader gave for every committed workbook. Inputs are generated here (corpus/xlsx.ts).
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { checkWorkbook } from "../../src/workbook/check-book";
import { loadWorkbook, pickTableSheet, readAliases, sheetCells } from "../../src/workbook/read";
import { checkSheet } from "../../src/core/check";
import { WorkbookError } from "../../src/workbook/errors";
import { unzipSync } from "fflate";
import { runCli } from "../cli/support";
import { patchZip, SEED004_XLSX, WORKBOOKS, withStrayCell } from "./corpus/xlsx";

const AS_OF = "2022-06-01";
const sha = (b: Uint8Array): string => crypto.createHash("sha256").update(b).digest("hex");
const seed = (): Uint8Array => new Uint8Array(fs.readFileSync(SEED004_XLSX));
const seedTasks = checkWorkbook(seed(), { asOf: AS_OF, year: 2022 }).result.rows.map((r) => [r.task, r.requirement, r.unitText, r.deadline.due]);

let dir = "";
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formats-xlsx-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a single stray value far away", () => {
  it.each(["XFD1048576", "XFD3", "A1048576"])("in %s: the 25 rows, quickly, and an info finding naming the cell", (ref) => {
    const bytes = withStrayCell(ref);
    const before = sha(bytes);
    const { result, stray } = checkWorkbook(bytes, { asOf: AS_OF, year: 2022 });
    expect(result.rows.map((r) => [r.task, r.requirement, r.unitText, r.deadline.due])).toEqual(seedTasks);
    expect(stray).toEqual({ count: 1, examples: [ref] });
    const f = result.findings.filter((x) => x.code === "stray-cells");
    expect(f.map((x) => x.severity)).toEqual(["info"]);
    expect(f[0]?.message).toContain(ref);
    expect(result.layout?.lastCol).toBe(5);
    expect(sha(bytes)).toBe(before);
    // A hang guard, not a speed figure (the reader's speed is measured by npm run bench): a read that walks the
    // million rows or 16,384 columns takes minutes.
  }, 30_000);

  it("`check` prints the finding and exits 0, the input unchanged", async () => {
    const file = path.join(dir, "stray.xlsx");
    fs.writeFileSync(file, withStrayCell("XFD1048576"));
    const before = sha(fs.readFileSync(file));
    const r = await runCli(["check", file, "--as-of", AS_OF, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { rows: unknown[]; findings: { code: string; message: string }[] };
    expect(json.rows).toHaveLength(25);
    expect(json.findings.find((x) => x.code === "stray-cells")?.message).toMatch(/XFD1048576/);
    expect(sha(fs.readFileSync(file))).toBe(before);
  });
});

describe("check -o with a far stray value", () => {
  it("writes the result quickly, keeps the stray value where it was, and leaves the input alone", async () => {
    const file = path.join(dir, "stray-o.xlsx");
    fs.writeFileSync(file, withStrayCell("XFD1048576", "遗留"));
    const before = sha(fs.readFileSync(file));
    const out = path.join(dir, "stray-o-result.xlsx");
    const r = await runCli(["check", file, "--as-of", AS_OF, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/XFD1048576/);
    const written = new Uint8Array(fs.readFileSync(out));
    expect(written.length).toBeLessThan(200_000);
    const sheet = new TextDecoder().decode(unzipSync(written)["xl/worksheets/sheet1.xml"]);
    expect(sheet).toMatch(/<c r="XFD1048576"[^>]*>.*遗留/);
    expect(checkWorkbook(written, { asOf: AS_OF, year: 2022 }).result.rows).toHaveLength(25);
    expect(sha(fs.readFileSync(file))).toBe(before);
  });
});

describe("workbooks exceljs refuses and Excel opens (written by openpyxl)", () => {
  it.each(["openpyxl-table.xlsx", "openpyxl-comments.xlsx", "openpyxl-chart.xlsx"])("%s reads to the seed's 25 rows", async (name) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(WORKBOOKS, name)));
    await expect(loadWorkbook(bytes)).rejects.toBeInstanceOf(WorkbookError); // what `check` said before
    const { result, sheets } = checkWorkbook(bytes, { asOf: AS_OF, year: 2022 });
    expect(result.rows.map((r) => [r.task, r.requirement, r.unitText, r.deadline.due])).toEqual(seedTasks);
    expect(sheets[0]).toBe(checkWorkbook(seed(), { asOf: AS_OF }).sheets[0]);
    // check -o writes the result (exit 0), which reads back to the same rows; the input is unchanged.
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    const out = path.join(dir, `result-${name}`);
    const r = await runCli(["check", file, "--as-of", AS_OF, "-o", out]);
    expect(r.code).toBe(0);
    expect(checkWorkbook(new Uint8Array(fs.readFileSync(out)), { asOf: AS_OF, year: 2022 }).result.rows).toHaveLength(25);
    expect(sha(new Uint8Array(fs.readFileSync(file)))).toBe(sha(bytes));
  });
});

describe("the same reading as the exceljs reader", () => {
  const names = fs.readdirSync(WORKBOOKS).filter((n) => n.endsWith(".xlsx") && !n.startsWith("openpyxl-"));
  it.each(names)("%s", async (name) => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(WORKBOOKS, name)));
    const wb = await loadWorkbook(bytes);
    const aliases = readAliases(wb);
    const old = checkSheet(sheetCells(pickTableSheet(wb)), { asOf: AS_OF, ...(aliases.size ? { aliases } : {}) });
    expect(checkWorkbook(bytes, { asOf: AS_OF }).result).toEqual(old);
  });
});

describe("hidden columns", () => {
  it("a hidden 时限 column beside a visible one: the visible one is read, with a warning", () => {
    // Column F: this year's deadlines under the same header; column E (last year's) hidden.
    const bytes = patchZip(seed(), "xl/worksheets/sheet1.xml", (xml) =>
      xml
        .replace(/<col min="5" max="5" ([^/]*)\/>/, '<col min="5" max="5" $1 hidden="1"/><col min="6" max="6" width="12" customWidth="1"/>')
        .replace(/(<row r="2"[^>]*>[\s\S]*?)(<\/row>)/, '$1<c r="F2" t="inlineStr"><is><t>时限</t></is></c>$2')
        .replace(/(<row r="(\d+)"[^>]*>)([\s\S]*?)(<\/row>)/g, (all, open: string, n: string, body: string, close: string) =>
          Number(n) >= 3 && new RegExp(`<c r="E${n}"[^>]*t="s"`).test(body) ? `${open}${body}<c r="F${n}" t="inlineStr"><is><t>11月底前</t></is></c>${close}` : all,
        ),
    );
    const { result } = checkWorkbook(bytes, { asOf: AS_OF, year: 2022 });
    expect(result.rows).toHaveLength(25);
    expect(new Set(result.rows.map((r) => r.deadline.due))).toEqual(new Set(["2022-11-30"]));
    const f = result.findings.filter((x) => x.code === "duplicate-column");
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toMatch(/可见的F列.*隐藏的E列/);
  });
});
