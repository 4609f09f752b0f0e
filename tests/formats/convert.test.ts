/**
 * Formats offices have (.xls, WPS .et, .ods, .xlsb, .csv in UTF-8 with/without BOM and GBK): seed 004 in each
 * reads to the same 25 task rows as the .xlsx, and `check -o` writes .xlsx and says so, the input unchanged.
 * .xls / .ods are committed (made by LibreOffice: corpus/make-formats.sh); the rest is generated here.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as XLSX from "@e965/xlsx";
import iconv from "iconv-lite";
import { checkWorkbook } from "../../src/workbook/check-book";
import { detectEncoding, parseCsv } from "../../src/workbook/convert/text";
import { inputFormat, toXlsx } from "../../src/workbook/convert";
import { openBook, readTable } from "../../src/workbook/reader";
import { runCli } from "../cli/support";
import { SEED004_XLSX, WORKBOOKS } from "./corpus/xlsx";

const AS_OF = "2022-06-01";
const sha = (b: Uint8Array): string => crypto.createHash("sha256").update(b).digest("hex");
const read = (f: string): Uint8Array => new Uint8Array(fs.readFileSync(f));
const tasks = (bytes: Uint8Array) =>
  checkWorkbook(bytes, { asOf: AS_OF, year: 2022 }).result.rows.map((r) => [r.task, r.requirement, r.unitText, r.deadline.due, r.units.map((u) => u.name)]);
const expected = tasks(read(SEED004_XLSX));

/** The seed's sheet as CSV text (quotes where needed), as Excel's "CSV" save writes it. */
function seedCsv(): string {
  const { cells } = readTable(openBook(read(SEED004_XLSX)));
  const q = (v: unknown): string => {
    const s = v === null || v === undefined ? "" : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return cells.values.map((r) => r.map(q).join(",")).join("\r\n") + "\r\n";
}

let dir = "";
const files: Record<string, string> = {};
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formats-convert-"));
  const put = (name: string, bytes: Uint8Array | Buffer): void => {
    files[name] = path.join(dir, name);
    fs.writeFileSync(files[name], bytes);
  };
  put("seed004.xls", read(path.join(WORKBOOKS, "seed004.xls")));
  put("seed004.et", read(path.join(WORKBOOKS, "seed004.xls"))); // WPS .et: the same BIFF8 in an OLE file
  put("seed004.ods", read(path.join(WORKBOOKS, "seed004.ods")));
  const wb = XLSX.read(read(SEED004_XLSX), { type: "array", cellNF: true });
  put("seed004.xlsb", new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsb" }) as ArrayBuffer));
  const csv = seedCsv();
  put("seed004-utf8-bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csv, "utf8")]));
  put("seed004-utf8.csv", Buffer.from(csv, "utf8"));
  put("seed004-gbk.csv", iconv.encode(csv, "gbk"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("seed 004 in other formats reads to the same 25 task rows as the .xlsx", () => {
  it.each([
    ["seed004.xls", "xls"],
    ["seed004.et", "et"],
    ["seed004.ods", "ods"],
    ["seed004.xlsb", "xlsb"],
    ["seed004-utf8-bom.csv", "csv"],
    ["seed004-utf8.csv", "csv"],
    ["seed004-gbk.csv", "csv"],
  ])("%s", async (name, format) => {
    const bytes = read(files[name] ?? "");
    const before = sha(bytes);
    expect(inputFormat(bytes, name)).toBe(format);
    const converted = await toXlsx(bytes, name);
    expect(converted.from).toBe(format);
    expect(expected).toHaveLength(25);
    expect(tasks(converted.bytes)).toEqual(expected);
    expect(sha(bytes)).toBe(before);
  });
});

describe("text encodings", () => {
  it("tells UTF-8 (with or without BOM) from GBK", () => {
    const text = "工作任务,责任单位\r\n公开,市发改委\r\n";
    expect(detectEncoding(Buffer.from("\ufeff" + text, "utf8"))).toBe("utf-8");
    expect(detectEncoding(Buffer.from(text, "utf8"))).toBe("utf-8");
    expect(detectEncoding(iconv.encode(text, "gbk"))).toBe("gb18030");
    expect(detectEncoding(iconv.encode(text, "gb18030"))).toBe("gb18030");
  });

  it("reads quoted cells with commas, quotes and line breaks", () => {
    expect(parseCsv('a,"b,1","c ""x""\ny"\r\n2,,3')).toEqual([["a", "b,1", 'c "x"\ny'], ["2", "", "3"]]);
  });
});

describe("check with another format", () => {
  it("`check seed004.xls -o out.xlsx` writes an .xlsx with the 25 rows and says the input was converted", async () => {
    const input = files["seed004.xls"] ?? "";
    const before = sha(read(input));
    const out = path.join(dir, "out.xlsx");
    const r = await runCli(["check", input, "--as-of", AS_OF, "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(".xls");
    expect(r.stdout).toMatch(/结果保存为 \.xlsx/);
    const written = read(out);
    expect([written[0], written[1]]).toEqual([0x50, 0x4b]);
    expect(checkWorkbook(written, { asOf: AS_OF, year: 2022 }).result.rows).toHaveLength(25);
    expect(sha(read(input))).toBe(before);
  });

  it("`check seed004-gbk.csv --json` reads the 25 rows", async () => {
    const r = await runCli(["check", files["seed004-gbk.csv"] ?? "", "--as-of", AS_OF, "--json"]);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { rows: unknown[] }).rows).toHaveLength(25);
  });
});
