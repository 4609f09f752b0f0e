/**
 * Cycle bench (issue 16): a 10,000-row table split into 50 unit workbooks (`split`: read, check, plan, write
 * each with exceljs), the books filled in as units would (not measured), then collected back into the master
 * (`collect`: read the master and the 50 books, match, merge, write the master with its added columns, the
 * overview and the 报送记录 sheet).
 *
 * Each measurement runs in its own child process (the same tsx) reporting its wall time and its peak resident
 * memory (process.resourceUsage().maxRSS); a "baseline" child shows what the runtime itself costs.
 * Runnable alone: `npx tsx bench/cycle.ts`. `runCycleBench()` returns the lines to print.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { splitWorkbook } from "../src/workbook/split";
import { collectWorkbook } from "../src/workbook/collect";

const ROWS = 10_000;
const AS_OF = "2022-09-30";
const DISTRICTS = ["东城区", "西城区", "南湖区", "北山区", "中原区"];
const DEPTS = ["财政局", "教育局", "民政局", "司法局", "商务局", "水利局", "农业农村局", "文旅局", "卫健委", "应急管理局"];
const UNITS = DISTRICTS.flatMap((d) => DEPTS.map((x) => d + x));
type Mode = "baseline" | "split" | "collect";

interface ChildReport {
  mode: Mode;
  ms: number;
  /** CPU time of the child (user + system): on a shared machine the wall time also counts waiting. */
  cpuMs: number;
  maxRssMb: number;
  info: string;
}

async function buildInput(file: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("分解表");
  ws.addRow(["2022年重点工作任务分解表"]);
  ws.addRow(["序号", "工作任务", "工作要求", "牵头单位", "配合单位", "完成时限"]);
  for (let i = 1; i <= ROWS; i++) {
    ws.addRow([i, `第${Math.ceil(i / 20)}项重点工作`, `落实第${i}条具体措施，按季度报送进展，形成工作台账。`, UNITS[i % 50], UNITS[(i * 7 + 3) % 50], `2022年${(i % 12) + 1}月底前`]);
  }
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  fs.writeFileSync(file, buf);
  return buf.byteLength;
}

/** Every other task done, the rest in progress, as a unit would fill in (columns I and J). */
async function fillBooks(dir: string): Promise<void> {
  for (const f of fs.readdirSync(dir)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, f));
    const ws = wb.worksheets[0]!;
    for (let r = 4; r <= ws.rowCount; r++) {
      ws.getRow(r).getCell(9).value = `第${r - 3}项已按计划推进`;
      ws.getRow(r).getCell(10).value = r % 2 ? "已完成" : "正在推进";
    }
    await wb.xlsx.writeFile(path.join(dir, f));
  }
}

async function child(mode: Mode, dir: string): Promise<ChildReport> {
  const input = new Uint8Array(fs.readFileSync(path.join(dir, "input.xlsx")));
  const books = path.join(dir, "books");
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let info = "";
  if (mode === "split") {
    const r = await splitWorkbook(input, { asOf: AS_OF, tableName: "分解表", workbookName: "分解表.xlsx" });
    fs.mkdirSync(books, { recursive: true });
    for (const f of r.files) fs.writeFileSync(path.join(books, f.fileName), f.bytes);
    info = `${r.result.rows.length} task rows → ${r.files.length} workbooks, ${(r.files.reduce((n, f) => n + f.bytes.byteLength, 0) / 1024).toFixed(0)} KiB`;
  } else if (mode === "collect") {
    const files = fs.readdirSync(books).map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(books, name))) }));
    const r = await collectWorkbook(input, files, { asOf: "2022-10-10", workbookName: "分解表.xlsx", builtAt: "2022-10-10T09:00:00" });
    const reports = r.outcome.records.length;
    info = `${files.length} workbooks, ${reports} reports, ${r.outcome.result.rows.filter((x) => x.state === "done").length} rows done, ${r.output!.byteLength} bytes out`;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return { mode, ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, info };
}

function runChild(mode: Mode, dir: string): ChildReport {
  const tsxCli = require.resolve("tsx/cli");
  const res = spawnSync(process.execPath, [tsxCli, __filename, "--child", mode, dir], { encoding: "utf8", cwd: path.resolve(__dirname, ".."), maxBuffer: 1 << 24 });
  const line = res.stdout.split("\n").find((l) => l.startsWith("{"));
  if (res.status !== 0 || !line) throw new Error(`bench child ${mode} failed: ${res.stderr.trim().split("\n").slice(-3).join(" ")}`);
  return JSON.parse(line) as ChildReport;
}

export async function runCycleBench(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cycle-bench-"));
  try {
    const bytes = await buildInput(path.join(dir, "input.xlsx"));
    const lines = [`cycle bench — ${ROWS.toLocaleString("en-US")} task rows, ${UNITS.length} units (a lead and a cooperating unit per row), input ${(bytes / 1024).toFixed(0)} KiB`];
    const base = runChild("baseline", dir);
    const split = runChild("split", dir);
    await fillBooks(path.join(dir, "books"));
    const collect = runChild("collect", dir);
    const label: Record<Mode, string> = { baseline: "runtime only (modules, input read)", split: "split → 50 unit workbooks", collect: "collect 50 filled workbooks → master" };
    for (const r of [base, split, collect]) {
      lines.push(
        `  ${label[r.mode].padEnd(40)}${r.mode === "baseline" ? "" : `${(r.ms / 1000).toFixed(2)} s (cpu ${(r.cpuMs / 1000).toFixed(2)} s)`.padStart(22)}   peak RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB (+${(r.maxRssMb - base.maxRssMb).toFixed(0)} over runtime)${r.info ? `   [${r.info}]` : ""}`,
      );
    }
    return lines;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (typeof require !== "undefined" && require.main === module) {
  const i = process.argv.indexOf("--child");
  const done = <T,>(p: Promise<T>, print: (v: T) => void) =>
    p.then(print, (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    });
  if (i >= 0) done(child(process.argv[i + 1] as Mode, process.argv[i + 2] ?? ""), (r: ChildReport) => console.log(JSON.stringify(r)));
  else done(runCycleBench(), (lines: string[]) => console.log(lines.join("\n")));
}
