/**
 * Written workbooks opened by another program: LibreOffice (headless, a private profile, one call for every
 * file) converts each sheet of each written workbook to CSV, and what it shows must be what the plan wrote —
 * the added columns on the table sheet (dates shown through their format), every generated sheet cell by cell
 * (links show their text) — and the user's own cells as they were. Files: the seed table written once and again
 * (a re-run replaces the sheets; the overview carries its two bar charts, tests/workbook/charts.test.ts), the seed
 * with a chart and a pivot table, and a sheet with the `x:` prefix.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { EditPlan, PlannedCell } from "../../src/core/types";
import { processWorkbook, type ProcessOptions } from "../../src/workbook/process";
import { todayIso } from "../../src/core/dates";
import { writePlan } from "../../src/workbook/xlsx/write";
import { zipEntries } from "../../src/workbook/zip/read";
import { addImportedSheet } from "../../src/workbook/import-book";
import { importDocument, planImportSheet } from "../../src/core/import";
import { SEEDS_DIR } from "../fixtures/paths";
import { buildSeed004Workbook } from "../fixtures/build-workbooks";
import { chartAddition, pivotAddition, withParts } from "./fidelity-corpus";
import { MAIN, pkg } from "./writer-support";

const AS_OF = "2022-10-20";
const OPTS: ProcessOptions = { asOf: AS_OF, parts: { columns: true, highlights: true, sheets: true }, builtAt: "2022-10-20T09:30:00" };

/** RFC 4180 CSV (quotes, doubled quotes, line breaks inside quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    }
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** What LibreOffice shows for a planned cell. */
/** The overview's "not today" notice (a TODAY() formula): LibreOffice shows it on any day but the as-of date. */
const NOTICE = /^IF\(B5<>TODAY\(\),"(.*)",""\)$/;

function shown(p: PlannedCell | null): string {
  const notice = p?.formula ? NOTICE.exec(p.formula) : null;
  if (notice) return todayIso() === AS_OF ? "" : (notice[1] ?? "");
  if (!p || p.value === null) return "";
  if (typeof p.value === "boolean") return p.value ? "TRUE" : "FALSE";
  return String(p.value);
}

interface Written {
  name: string;
  bytes: Uint8Array;
  plan: EditPlan;
  /** Cells of the user's that must show as they were: [sheet, row, col, text]. */
  user: Array<[string, number, number, string]>;
}

let dir: string;
let csv: (file: string, sheet: string) => string[][];
const written: Written[] = [];

beforeAll(async () => {
  const seedWb = await buildSeed004Workbook({ status: { "3": "已完成", "5": "推进中" }, realDates: true });
  const seed = new Uint8Array((await seedWb.xlsx.writeBuffer()) as unknown as Uint8Array);
  const once = await processWorkbook(seed, OPTS);
  const twice = await processWorkbook(once.output!, OPTS);
  const user: Written["user"] = [
    ["分解表", 2, 1, "工作任务"],
    ["分解表", 3, 2, "1"],
  ];
  written.push({ name: "once", bytes: once.output!, plan: once.plan!, user });
  written.push({ name: "twice", bytes: twice.output!, plan: twice.plan!, user });
  const rich = await processWorkbook(withParts({ ...chartAddition(), parts: { ...chartAddition().parts, ...pivotAddition.parts } }), OPTS);
  written.push({ name: "chart", bytes: rich.output!, plan: rich.plan!, user });
  const prefixed =
    `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c></x:row>` +
    `<x:row><x:c><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const plan: EditPlan = {
    sheet: "表",
    columns: [{ header: "规范时限", col: 3, headerRow: 1, cells: [{ row: 2, cell: { value: "2022-12-31", date: true } }], numberFormat: "yyyy-mm-dd" }],
    highlights: [],
    sheets: [{ name: "汇总", kind: "overview", rows: [[{ value: "标题", bold: true }], [{ value: 2, link: "'表'!A2" }, { value: "=不是公式" }]] }],
    replaceSheets: [],
    notes: [],
  };
  written.push({ name: "prefixed", bytes: await writePlan(pkg({ sheets: [{ name: "表", xml: prefixed }] }), plan), plan, user: [["表", 2, 1, "7"]] });

  // 从文稿导入 into a workbook with charts: the imported table is added beside the user's sheet (with notes).
  const imported = await addImportedSheet(withParts(chartAddition()), importDocument(fs.readFileSync(path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith("000_"))!), "utf8"), {}));
  const importedSheet = planImportSheet(importDocument(fs.readFileSync(path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith("000_"))!), "utf8"), {}), { name: imported.sheet });
  written.push({ name: "imported", bytes: imported.bytes, plan: { sheet: "分解表", columns: [], highlights: [], sheets: [importedSheet], replaceSheets: [], notes: [] }, user });

  dir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-csv-"));
  const files = written.map((w) => {
    const f = path.join(dir, `${w.name}.xlsx`);
    fs.writeFileSync(f, w.bytes);
    return f;
  });
  // Every sheet of every file, UTF-8, comma-separated, values as shown (LibreOffice ≥ 7.2: sheet -1 = all).
  execFileSync(
    "soffice",
    [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, ...files],
    { timeout: 170000, stdio: "ignore" },
  );
  csv = (file, sheet) => parseCsv(fs.readFileSync(path.join(dir, `${file}-${sheet}.csv`), "utf8"));
}, 180000);

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("LibreOffice opens what the writer wrote and shows the plan's values", () => {
  test.each(["once", "twice", "chart", "prefixed", "imported"])("%s: added columns, generated sheets, the user's cells", (name) => {
    const w = written.find((x) => x.name === name)!;
    const table = csv(name, w.plan.sheet);
    for (const c of w.plan.columns) {
      expect(table[c.headerRow - 1]?.[c.col - 1]).toBe(c.header);
      for (const { row, cell } of c.cells) expect(table[row - 1]?.[c.col - 1] ?? "").toBe(shown(cell));
    }
    for (const s of w.plan.sheets) {
      const got = csv(name, s.name);
      s.rows.forEach((cells, i) => cells.forEach((p, j) => expect([s.name, i + 1, j + 1, got[i]?.[j] ?? ""]).toEqual([s.name, i + 1, j + 1, shown(p)])));
    }
    for (const [sheet, r, c, text] of w.user) expect(csv(name, sheet)[r - 1]?.[c - 1]).toBe(text);
    // Sheets removed by the re-run are gone: LibreOffice wrote exactly the table and the plan's sheets.
    const sheets = fs.readdirSync(dir).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".csv"));
    expect(sheets.length).toBe(1 + w.plan.sheets.length);
  });

  test("the files it opened carry the overview's bar charts (ours beside the user's two in the chart file)", () => {
    const charts = (name: string) => zipEntries(written.find((x) => x.name === name)!.bytes)!.filter((e) => /^xl\/charts\/chart\d+\.xml$/.test(e.name)).length;
    expect([charts("once"), charts("twice"), charts("chart")]).toEqual([2, 2, 4]);
  });
});
