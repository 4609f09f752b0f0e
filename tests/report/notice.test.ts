/** 通报 draft (issue 17): seed 004 as of 2022-10-20 — every number the 通报 states is the overview's. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { processWorkbook } from "../../src/workbook/process";
import { main } from "../../src/cli/main";
import { strings } from "../../src/strings";
import { partsFor } from "../../src/app/actions";
import { readNoticeRecord } from "../../src/core/plan";
import { isoToSerial } from "../../src/core/dates";

const SEED = path.join(__dirname, "../fixtures/workbooks/seed004.xlsx");
const AS_OF = "2022-10-20";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), stdinLines: async function* () {} } };
}

/** The 通报 sheets of a written workbook (found by their record), each as its rows of values from A1. */
async function noticesOf(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const plain = (v: unknown) => (v instanceof Date ? isoToSerial(v.toISOString().slice(0, 10)) : v === undefined ? null : (v as string | number | null));
  const sheets = wb.worksheets.map((ws) => {
    const rows: (string | number | null)[][] = [];
    ws.eachRow((row, r) => (rows[r - 1] = (row.values as unknown[]).slice(1).map(plain)));
    return { name: ws.name, rows: Array.from(rows, (r) => r ?? []), wrap: ws.getCell("A5").alignment?.wrapText === true, width: ws.getColumn(1).width };
  });
  return { names: wb.worksheets.map((w) => w.name), notices: sheets.filter((s) => readNoticeRecord(s.rows.slice(0, 3)) !== null) };
}

/** A 通报 sheet's paragraphs: the title (A1), then column A from row 5 on. */
const paragraphsOf = (rows: (string | number | null)[][]) => [rows[0]![0], ...rows.slice(4).map((r) => r[0])].map(String);

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
  const checked = await processWorkbook(fs.readFileSync(SEED), { asOf: AS_OF, fixedAsOf: true, parts: partsFor("runAll")! });
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
  // The 通报 sheet 全部运行 wrote beside the overview says exactly what the CLI's 通报 says (no earlier report).
  const { names, notices } = await noticesOf(checked.output!);
  expect(notices.map((n) => n.name)).toEqual(["通报"]);
  expect(names.indexOf("通报")).toBe(names.indexOf("汇总") + 1);
  expect(paragraphsOf(notices[0]!.rows)).toEqual(text.trimEnd().split("\n"));
  expect(notices[0]!.rows[2]!.slice(0, 2)).toEqual(["截至日期 / 上次通报日期", isoToSerial(AS_OF)]);
  expect(notices[0]!.rows[2]![2] ?? null).toBeNull();
  expect(notices[0]!.wrap).toBe(true);
  expect(notices[0]!.width).toBeGreaterThanOrEqual(60);

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

  // 生成汇总 as of 2022-11-10 on that workbook: its 通报 records 10-20 as the previous report and lists the same
  // newly overdue tasks; run again on the same date it keeps 10-20 (one 通报 sheet, the user's sheets as they were).
  const later1 = await processWorkbook(checked.output!, { asOf: "2022-11-10", fixedAsOf: true, parts: partsFor("summarise")! });
  const again = await processWorkbook(later1.output!, { asOf: "2022-11-10", fixedAsOf: true, parts: partsFor("summarise")! });
  for (const out of [later1, again]) {
    const n = await noticesOf(out.output!);
    expect(n.notices).toHaveLength(1);
    expect(n.names.slice().sort()).toEqual((await noticesOf(checked.output!)).names.slice().sort());
    expect(n.notices[0]!.rows[2]!.slice(1, 3)).toEqual([isoToSerial("2022-11-10"), isoToSerial(AS_OF)]);
    expect(paragraphsOf(n.notices[0]!.rows)).toEqual(lt.trimEnd().split("\n"));
  }
  fs.rmSync(dir, { recursive: true, force: true });
});

test("report --long-overdue and --due-soon: the 挂牌 and due-soon counts follow them, as the overview's do", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "report-"));
  const asOf = "2022-11-10";
  const countsWith = async (flags: string[], opts: { dueSoonDays?: number; longOverdueDays?: number }) => {
    const txt = path.join(dir, `r${flags.join("")}.txt`);
    expect(await main(["report", SEED, "--as-of", asOf, ...flags, "-o", txt], io().io)).toBe(0);
    const counts = fs.readFileSync(txt, "utf8").split("\n")[1]!;
    const ov = await overviewOf((await processWorkbook(fs.readFileSync(SEED), { asOf, fixedAsOf: true, parts: partsFor("summarise")!, ...opts })).output!);
    expect(Number(/挂牌督办的(\d+)项/.exec(counts)?.[1])).toBe(ov.totals["挂牌督办"]);
    expect(Number(/(\d+)天内到期(\d+)项/.exec(counts)?.[2])).toBe(ov.totals[strings("zh-CN").words.state["due-soon"]]);
    return counts;
  };
  const plain = await countsWith([], {});
  const strict = await countsWith(["--long-overdue", "5", "--due-soon", "30"], { longOverdueDays: 5, dueSoonDays: 30 });
  expect(strict).toContain("30天内到期");
  // check's readable report says how many of the overdue are 挂牌督办, with the same flag and the same number.
  const checked = io();
  expect(await main(["check", SEED, "--as-of", asOf, "--long-overdue", "5"], checked.io)).toBe(0);
  expect(checked.out.join("")).toContain(`（其中挂牌督办 ${/挂牌督办的(\d+)项/.exec(strict)?.[1]}）`);
  expect(Number(/挂牌督办的(\d+)项/.exec(strict)?.[1])).toBeGreaterThan(Number(/挂牌督办的(\d+)项/.exec(plain)?.[1]));
  const bad = io();
  expect(await main(["report", SEED, "--long-overdue", "abc", "-o", path.join(dir, "x.txt")], bad.io)).toBe(2);
  expect(bad.err.join("")).toContain("--long-overdue 30");
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
