/** 通报 draft (issue 17): seed 004 as of 2022-10-20 — every number the 通报 states is the overview's. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { processWorkbook } from "../../src/workbook/process";
import { main } from "../../src/cli/main";
import { strings } from "../../src/strings";

const SEED = path.join(__dirname, "../fixtures/workbooks/seed004.xlsx");
const AS_OF = "2022-10-20";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), stdinLines: async function* () {} } };
}

/** The overview sheet of a written workbook: its 合计 row and each unit's line, by header. */
async function overviewOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets.find((w) => w.name.includes("汇总"))!;
  const rows: (string | number | null)[][] = [];
  ws.eachRow((row, r) => (rows[r - 1] = (row.values as unknown[]).slice(1).map((v) => (v === undefined ? null : (v as string | number)))));
  const headers = rows.find((r) => r?.[0] === "责任单位")!;
  const line = (r: (string | number | null)[]) => Object.fromEntries(headers.map((h, i) => [String(h), r[i]]));
  const t = strings("zh-CN").outputs;
  const start = rows.indexOf(headers) + 1;
  const totalsAt = rows.findIndex((r) => r?.[0] === t.totals);
  return { totals: line(rows[totalsAt]!), units: rows.slice(start, totalsAt).map(line) };
}

test("seed 004 as of 2022-10-20: the 通报's counts, its units and its due-soon list match the overview", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));
  const checked = await processWorkbook(fs.readFileSync(SEED), { asOf: AS_OF, fixedAsOf: true, parts: { columns: true, highlights: true, sheets: true } });
  const ov = await overviewOf(checked.output!);
  const w = strings("zh-CN").words;
  const txt = path.join(dir, "通报.txt");
  const run = io();
  expect(await main(["report", SEED, "--as-of", AS_OF, "-o", txt], run.io)).toBe(0);
  const text = fs.readFileSync(txt, "utf8");
  const counts = text.split("\n")[1]!;
  expect(counts.startsWith("截至10月20日，")).toBe(true);
  const num = (re: RegExp) => Number(re.exec(counts)?.[1]);
  expect(num(/共(\d+)项任务/)).toBe(ov.totals["任务数"]);
  expect(num(new RegExp(`${w.state.done}(\\d+)项`))).toBe(ov.totals[w.state.done]);
  expect(num(new RegExp(`${w.state.overdue}(\\d+)项`))).toBe(ov.totals[w.state.overdue]);
  expect(num(/挂牌督办的(\d+)项/)).toBe(ov.totals["挂牌督办"]);
  expect(num(new RegExp(`${w.state["stage-overdue"]}(\\d+)项`))).toBe(ov.totals[w.state["stage-overdue"]]);
  expect(num(/天内到期(\d+)项/)).toBe(ov.totals[w.state["due-soon"]]);
  expect(num(new RegExp(`${w.state.ongoing}(\\d+)项`))).toBe(ov.totals[w.state.ongoing]);
  // The units named, with their counts, are the overview's units with overdue tasks.
  const named = [...text.matchAll(/([^、：（]+)（(\d+)项）/g)].filter((m) => text.split("\n")[2]!.includes(m[0]));
  const withOverdue = ov.units.filter((u) => Number(u[w.state.overdue]) > 0);
  expect(named.length).toBe(Math.min(5, withOverdue.length));
  for (const m of named) expect(withOverdue.find((u) => u["责任单位"] === m[1])?.[w.state.overdue]).toBe(Number(m[2]));
  // The due-soon list has as many lines as the overview counts due-soon tasks.
  const soon = /今后15天内到期的任务(\d+)项/.exec(text);
  expect(Number(soon?.[1] ?? 0)).toBe(ov.totals[w.state["due-soon"]]);

  // Against the written workbook (its overview recorded 2022-10-20): a later report lists the newly overdue.
  const book = path.join(dir, "checked.xlsx");
  fs.writeFileSync(book, checked.output!);
  const later = path.join(dir, "later.docx");
  expect(await main(["report", book, "--as-of", "2022-11-10", "-o", later], io().io)).toBe(0);
  const docx = fs.readFileSync(later);
  expect(docx.subarray(0, 2).toString()).toBe("PK");
  const laterTxt = path.join(dir, "later.txt");
  expect(await main(["report", book, "--as-of", "2022-11-10", "-o", laterTxt], io().io)).toBe(0);
  const lt = fs.readFileSync(laterTxt, "utf8");
  expect(lt).toMatch(/自上次通报（10月20日）以来新增逾期任务\d+项/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("report: -o must be .txt or .docx, and is required", async () => {
  const r = io();
  expect(await main(["report", SEED, "-o", "x.xlsx"], r.io)).toBe(2);
  expect(r.err.join("")).toMatch(/\.docx/);
  const r2 = io();
  expect(await main(["report", SEED], r2.io)).toBe(2);
  expect(r2.err.join("")).toContain("-o");
});
