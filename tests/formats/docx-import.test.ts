/**
 * `import` of Word documents (DOMAIN.md §8): a notice whose 任务分解表 is a Word table — with and without merged
 * task cells — imports to the same 25 rows, units and deadlines as the seed 004 .xlsx; automatic numbering
 * (numbering.xml) is read as the headings it displays; tab-separated text that is a table is read as one.
 * The .docx files are generated here with the `docx` package (corpus/docx.ts).
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { importDocument } from "../../src/core/import";
import type { ImportResult } from "../../src/core/import/types";
import { importRead } from "../../src/cli/commands/import";
import { checkWorkbook } from "../../src/workbook/check-book";
import { readDocx } from "../../src/workbook/docx";
import { chineseCount } from "../../src/workbook/docx/numbering";
import { seed004SheetCells } from "../core/table/cells";
import { runCli } from "../cli/support";
import { noticeWithTable, numberedProse } from "./corpus/docx";
import { SEED004_XLSX } from "./corpus/xlsx";

const { cells } = seed004SheetCells();
const TITLE = String(cells.values[0]?.[0]);
const xlsxRows = checkWorkbook(new Uint8Array(fs.readFileSync(SEED004_XLSX)), { asOf: "2022-06-01", year: 2022 }).result.rows;
const expected = xlsxRows.map((r) => ({ task: r.task, requirement: r.requirement, units: r.units.map((u) => u.name), deadline: r.deadline.text, due: r.deadline.due }));
const got = (r: ImportResult) =>
  r.rows.map((x) => ({
    task: x.task,
    requirement: x.requirement,
    units: [...x.lead, ...x.responsible, ...x.cooperate].map((u) => u.name),
    deadline: x.deadline,
    due: x.deadlineValue?.due ?? null,
  }));

let dir = "";
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "formats-docx-"));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a Word notice with the seed 004 table", () => {
  it.each([
    ["merged task cells", true],
    ["task cells left blank below", false],
  ])("%s: the same 25 rows, units and deadlines as the .xlsx", async (_name, merged) => {
    const bytes = await noticeWithTable(cells, merged, TITLE);
    const doc = readDocx(bytes);
    expect(doc?.tables).toHaveLength(1);
    const r = importRead({ text: doc?.paragraphs.join("\n\n") ?? "", tables: doc?.tables ?? [] }, { fallbackYear: 2030 });
    expect(expected).toHaveLength(25);
    expect(got(r)).toEqual(expected);
    expect(r.year).toBe(2022); // from the table's title, not the fallback
    expect(r.rows.every((x) => x.lead.length + x.responsible.length + x.cooperate.length > 0)).toBe(true);
  });

  it("`import notice.docx --json` prints the 25 rows and leaves the file as it was; -o writes them", async () => {
    const file = path.join(dir, "notice.docx");
    fs.writeFileSync(file, await noticeWithTable(cells, true, TITLE));
    const before = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
    const r = await runCli(["import", file, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { rows: { deadline: string }[] };
    expect(json.rows.map((x) => x.deadline)).toEqual(expected.map((x) => x.deadline));
    const out = path.join(dir, "out.xlsx");
    expect((await runCli(["import", file, "-o", out])).code).toBe(0);
    expect(checkWorkbook(new Uint8Array(fs.readFileSync(out)), { asOf: "2022-06-01" }).result.rows).toHaveLength(25);
    expect(crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex")).toBe(before);
  });
});

describe("automatic numbering", () => {
  it("counts in Chinese as Word displays it", () => {
    expect([1, 9, 10, 11, 20, 21, 99, 100, 105].map(chineseCount)).toEqual(["一", "九", "十", "十一", "二十", "二十一", "九十九", "一百", "一百零五"]);
  });

  it("headings numbered by Word read as 一、 / （一） and keep their sections", async () => {
    const items = [
      { heading: "持续推进行政决策公开", paragraphs: [{ sub: "完善决策目录", text: "制定完善重大行政决策事项目录。（责任单位：市司法局；完成时限：6月底前）" }] },
      {
        heading: "持续深化规章集中公开",
        paragraphs: [
          { sub: "集中公开规章", text: "高质量发布现行有效规章正式文本。（责任单位：市司法局；完成时限：年底前）" },
          { sub: "集中公开规范性文件", text: "集中公开本机关所有现行有效的行政规范性文件。（责任单位：各区人民政府；完成时限：10月底前）" },
        ],
      },
    ];
    const doc = readDocx(await numberedProse(items, "2022年政务公开工作要点"));
    const paras = (doc?.paragraphs ?? []).filter((p) => p.trim());
    expect(paras).toContain("一、持续推进行政决策公开");
    expect(paras).toContain("二、持续深化规章集中公开");
    expect(paras).toContain("（一）完善决策目录");
    expect(paras).toContain("（二）集中公开规范性文件"); // the second level restarts under each heading
    const r = importRead({ text: doc?.paragraphs.join("\n\n") ?? "", tables: [] }, { fallbackYear: 2022 });
    expect(r.rows.map((x) => x.section)).toEqual(["一、持续推进行政决策公开", "二、持续深化规章集中公开", "二、持续深化规章集中公开"]);
    expect(r.rows.map((x) => x.deadline)).toEqual(["6月底前", "年底前", "10月底前"]);
  });
});

describe("tab-separated text that is a table", () => {
  it("is read as the table: the seed's 25 rows", () => {
    const lines = cells.values.map((r) => r.map((v) => (v === null ? "" : String(v).replace(/\s*\n\s*/g, ""))).join("\t"));
    const r = importDocument(lines.join("\n"), { fallbackYear: 2030 });
    expect(r.rows).toHaveLength(25);
    expect(r.rows.map((x) => x.deadline)).toEqual(expected.map((x) => x.deadline));
    expect(r.year).toBe(2022);
  });
});

describe("cells over Excel's 32,767-character limit", () => {
  it("a 52,000-character requirement is cut to 32,767 with a warning naming the row", async () => {
    const long = "加强政务公开平台建设，".repeat(5200); // 52,000 characters
    const text = `2022年政务公开工作要点\n\n一、加强平台建设\n\n（一）建设平台。${long}（责任单位：市政府办；完成时限：年底前）`;
    const r = importDocument(text, { fallbackYear: 2022 });
    const row = r.rows[0];
    expect(row?.requirement.length).toBe(32767);
    const f = r.findings.filter((x) => x.code === "cell-too-long");
    expect(f.map((x) => [x.row, x.severity])).toEqual([[row?.row, "warning"]]);
    expect(f[0]?.message).toMatch(/32767/);
    const file = path.join(dir, "long.txt");
    fs.writeFileSync(file, text);
    const out = path.join(dir, "long.xlsx");
    const cli = await runCli(["import", file, "-o", out]);
    expect(cli.code).toBe(0);
    expect(cli.stdout).toMatch(/超过 Excel 单元格的上限/);
    const { openBook, readTable } = await import("../../src/workbook/reader");
    const longest = Math.max(...readTable(openBook(new Uint8Array(fs.readFileSync(out)))).cells.values.flat().map((v) => String(v ?? "").length));
    expect(longest).toBe(32767);
  });
});
