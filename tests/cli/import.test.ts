/**
 * `breakdown import` from outside: --json on the four prose seeds, -o writing a table that 校验 (checkSheet over
 * the .xlsx reader) accepts with no error beyond the reported missing values, a .docx made from a seed giving the
 * same rows as the .txt, other encodings, and the exit status / one-line message for every user mistake.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { Document, Packer, Paragraph, TextRun } from "docx";
import { checkSheet } from "../../src/core/check";
import { sheetCells } from "../../src/workbook/read";
import { SHARED, runCli, tempDir } from "./support";

const SEEDS = path.join(SHARED, "seeds");
const PROSE = ["000_", "001_", "002_", "003_"].map((p) => path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(p))!));
const EXPECTED_ROWS = [26, 21, 26, 47];
const tmp = tempDir("import-cli-");
const cli = (...argv: string[]) => runCli(argv);

interface JsonRow {
  no: number;
  section: string | null;
  task: string;
  requirement: string;
  lead: string[];
  responsible: string[];
  cooperate: string[];
  deadline: string;
  deadlineInferred: boolean;
}
interface JsonOut {
  year: number;
  rows: JsonRow[];
  findings: { code: string; severity: string; row: number | null; column: number | null; message: string }[];
}

describe("import --json on the prose seeds", () => {
  test.each(PROSE.map((f, i) => [path.basename(f), f, EXPECTED_ROWS[i]] as const))("%s", async (_name, file, rows) => {
    const r = await cli("import", file, "--json");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as JsonOut;
    expect(Object.keys(out)).toEqual(["year", "rows", "findings"]);
    expect(out.rows).toHaveLength(rows);
    for (const row of out.rows) {
      expect(Object.keys(row)).toEqual(["no", "section", "task", "requirement", "lead", "responsible", "cooperate", "deadline", "deadlineInferred"]);
      for (const k of ["lead", "responsible", "cooperate"] as const) expect(row[k].every((n) => typeof n === "string" && n !== "")).toBe(true);
    }
    for (const f of out.findings) expect(Object.keys(f)).toEqual(["code", "severity", "row", "column", "message"]);
  });

  test("003: items 9, 18, 33 and the numbering jump", async () => {
    const out = JSON.parse((await cli("import", PROSE[3], "--json")).stdout) as JsonOut;
    const item = (n: number) => out.rows[n - 1];
    expect(item(9)).toMatchObject({ no: 9, responsible: ["市卫健委", "各县（市、区）人民政府"], deadline: "全年", deadlineInferred: false });
    expect(item(18).responsible).toContain("市国资委");
    expect(item(33)).toMatchObject({ lead: [], responsible: ["市政府办公室", "各县（市、区）人民政府"], deadline: "全年" });
    expect(out.findings.map((f) => f.code)).toEqual(["number-gap"]);
  });

  test("002: items 16 and 23–26", async () => {
    const out = JSON.parse((await cli("import", PROSE[2], "--json")).stdout) as JsonOut;
    expect(out.rows[15]).toMatchObject({ lead: ["市农业农村局", "市财政局"], deadline: "2022年12月底前", deadlineInferred: false });
    for (const row of out.rows.slice(22)) expect(row).toMatchObject({ lead: [], responsible: [], cooperate: [], deadline: "" });
    expect(out.findings.every((f) => f.code === "missing-value")).toBe(true);
    expect(out.findings).toHaveLength(8);
  });

  test("--year overrides the document's year", async () => {
    const out = JSON.parse((await cli("import", PROSE[3], "--json", "--year", "2023")).stdout) as JsonOut;
    expect(out.year).toBe(2023);
  });

  test("without --json: a readable summary", async () => {
    const r = await cli("import", PROSE[2]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("找到 26 项工作任务");
    expect(r.stdout).toContain("其中 4 项没有标注责任单位");
  });
});

async function readTable(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe("import -o writes a table that 校验 accepts", () => {
  test.each(PROSE.map((f) => [path.basename(f), f] as const))("%s", async (name, file) => {
    const out = path.join(tmp, name.replace(/\.txt$/, ".xlsx"));
    const r = await cli("import", file, "-o", out, "--json");
    expect(r.code).toBe(0);
    const imported = JSON.parse(r.stdout) as JsonOut;
    const wb = await readTable(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["任务分解表"]);
    const ws = wb.getWorksheet("任务分解表")!;
    const headers = (ws.getRow(2).values as unknown[]).slice(1);
    expect(headers.slice(0, 6)).toEqual(["序号", "工作任务", "工作要求", "牵头单位", "责任单位", "完成时限"]);
    expect(String(ws.getCell("A1").value)).toContain(String(imported.year));

    const result = checkSheet(sheetCells(ws), { asOf: `${imported.year}-06-01` });
    expect(result.year).toBe(imported.year);
    expect(result.rows).toHaveLength(imported.rows.length);
    expect(result.rows.map((x) => x.task)).toEqual(imported.rows.map((x) => x.task));
    const key = (f: { code: string; row: number | null; column: number | null }) => `${f.code}@${f.row}:${f.column}`;
    const checkErrors = result.findings.filter((f) => f.severity === "error").map(key).sort();
    const reported = imported.findings.filter((f) => f.code === "missing-value").map(key).sort();
    expect(checkErrors).toEqual(reported);
    // Every unit the import found is a unit 校验 reads back from the written cells.
    const names = (xs: { name: string }[]) => xs.map((u) => u.name).sort();
    result.rows.forEach((row, i) => {
      const imp = imported.rows[i];
      expect(names(row.units)).toEqual([...imp.lead, ...imp.responsible, ...imp.cooperate].sort());
      expect(row.deadline.text).toBe(imp.deadline);
    });
  });

  test("an inferred deadline is marked in the sheet", async () => {
    const out = path.join(tmp, "000-marks.xlsx");
    await cli("import", PROSE[0], "-o", out);
    const ws = (await readTable(out)).getWorksheet("任务分解表")!;
    const deadlineCol = 6;
    let marked = 0;
    ws.eachRow((row) => {
      const c = row.getCell(deadlineCol);
      if (c.value === "2022年11月底前") {
        expect(c.font?.italic).toBe(true);
        expect(String(c.note ?? "")).toContain("核对");
        marked++;
      }
    });
    expect(marked).toBe(2);
  });

  test("a 配合单位 column keeps its role in 校验", async () => {
    const doc = path.join(tmp, "coop.txt");
    fs.writeFileSync(doc, "2022年工作要点\n一、甲\n1.做A。（牵头单位：市发改委；配合单位：市财政局；完成时限：6月底前）\n2.做B。（市发改委牵头，市财政局配合。完成时限：全年）\n");
    const out = path.join(tmp, "coop.xlsx");
    expect((await cli("import", doc, "-o", out)).code).toBe(0);
    const result = checkSheet(sheetCells((await readTable(out)).getWorksheet("任务分解表")!), { asOf: "2022-03-01" });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    for (const row of result.rows) {
      expect(row.units.map((u) => [u.name, u.role])).toEqual([["市发改委", "lead"], ["市财政局", "cooperate"]]);
    }
  });

  test("text that looks like a formula is written as text", async () => {
    const doc = path.join(tmp, "formula.txt");
    fs.writeFileSync(doc, "2022年工作要点\n一、甲\n1.=SUM(A1:A3)要做的事。（责任单位：+市A局。完成时限：全年）\n");
    const out = path.join(tmp, "formula.xlsx");
    expect((await cli("import", doc, "-o", out)).code).toBe(0);
    const ws = (await readTable(out)).getWorksheet("任务分解表")!;
    const row = ws.getRow(4);
    expect(row.getCell(3).value).toBe("=SUM(A1:A3)要做的事。");
    expect(row.getCell(3).formula).toBeUndefined();
    expect(row.getCell(5).value).toBe("+市A局");
  });
});

describe(".docx and other encodings give the same rows as the .txt", () => {
  async function docxOf(txt: string, file: string) {
    const lines = fs.readFileSync(txt, "utf8").split(/\r?\n/);
    const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    fs.writeFileSync(file, await Packer.toBuffer(doc));
  }

  test.each([PROSE[1], PROSE[3]].map((f) => [path.basename(f), f] as const))("%s as .docx (one Word paragraph per line)", async (name, txt) => {
    const docx = path.join(tmp, name.replace(/\.txt$/, ".docx"));
    await docxOf(txt, docx);
    const a = JSON.parse((await cli("import", txt, "--json")).stdout) as JsonOut;
    const r = await cli("import", docx, "--json");
    expect(r.stderr).toBe("");
    const b = JSON.parse(r.stdout) as JsonOut;
    expect(b).toEqual(a);
  });

  test("GB18030 and UTF-16 text files", async () => {
    const text = fs.readFileSync(PROSE[2], "utf8");
    // Seed 002 saved in GB18030 (made once with Python's codec; Node has no GB18030 encoder).
    const gbk = path.resolve(__dirname, "../fixtures/docx/seed002-gb18030.txt");
    expect(fs.readFileSync(gbk).equals(Buffer.from(text, "utf8"))).toBe(false);
    const u16 = path.join(tmp, "u16.txt");
    fs.writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const a = (await cli("import", PROSE[2], "--json")).stdout;
    expect((await cli("import", gbk, "--json")).stdout).toBe(a);
    expect((await cli("import", u16, "--json")).stdout).toBe(a);
  });
});

describe("user mistakes: exit 2, one line on stderr, nothing written", () => {
  const oneLine = (r: { code: number; stderr: string; stdout: string }, words: string) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(words);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
  };
  test("no file, missing file, two files", async () => {
    oneLine(await cli("import"), "缺少要导入的文稿");
    oneLine(await cli("import", path.join(tmp, "nope.txt")), "找不到文件");
    oneLine(await cli("import", PROSE[0], PROSE[1]), "只能导入一个文稿");
  });
  test("unsupported, old .doc, broken .docx, a folder", async () => {
    const pdf = path.join(tmp, "a.pdf");
    fs.writeFileSync(pdf, "%PDF-1.4");
    oneLine(await cli("import", pdf), "另存为 .docx");
    const doc = path.join(tmp, "a.doc");
    fs.writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    oneLine(await cli("import", doc), "另存为 .docx");
    const fake = path.join(tmp, "fake.docx");
    fs.writeFileSync(fake, "这不是 docx");
    oneLine(await cli("import", fake), "不是有效的 .docx");
    const zip = path.join(tmp, "zip.docx");
    fs.writeFileSync(zip, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    oneLine(await cli("import", zip), "不是有效的 .docx");
    const dir = path.join(tmp, "dir.txt");
    fs.mkdirSync(dir);
    oneLine(await cli("import", dir), "不是文件");
  });
  test("bad options", async () => {
    oneLine(await cli("import", PROSE[0], "--year", "22"), "四位数");
    oneLine(await cli("import", PROSE[0], "--year"), "缺少值");
    oneLine(await cli("import", PROSE[0], "--sheet", "x"), "不认识的选项");
    oneLine(await cli("import", PROSE[0], "-o", path.join(tmp, "out.csv")), ".xlsx");
  });
  test("a text with no tasks, and an output folder that does not exist: no file left behind", async () => {
    const empty = path.join(tmp, "empty.txt");
    fs.writeFileSync(empty, "关于做好有关工作的通知\n请各单位认真落实。\n");
    const out = path.join(tmp, "empty.xlsx");
    oneLine(await cli("import", empty, "-o", out), "没有找到任何工作任务");
    expect(fs.existsSync(out)).toBe(false);
    const far = path.join(tmp, "no-such-dir", "t.xlsx");
    oneLine(await cli("import", PROSE[0], "-o", far), "无法写入");
    expect(fs.existsSync(path.dirname(far))).toBe(false);
  });
});
