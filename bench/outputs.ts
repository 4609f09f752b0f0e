/**
 * Outputs bench: `check -o` (processWorkbook with every output: the two columns, the rules, every summary sheet)
 * on tables of 1,000 / 10,000 / 50,000 / 100,000 task rows (seed 004's rows repeated, with a status column and
 * real dates), beside the floor — node started, the input read (exceljs load, as `check` reads it today) and
 * the zip copied entry by entry (src/workbook/zip, nothing changed). The full run is split into reading
 * (load + check + plan) and writing (src/workbook/xlsx writePlan), as processWorkbook times them.
 *
 * Each measurement runs in its own child process (the same tsx), which reports its wall time from its own
 * start (process.uptime(): node's start-up counts) and its peak resident memory (process.resourceUsage().maxRSS).
 * Repeated OUTPUTS_BENCH_RUNS times (default 2), fastest time and highest memory reported (a shared machine).
 * OUTPUTS_BENCH_ROWS picks the sizes ("1000,10000").
 *
 * Runnable alone: `npx tsx bench/outputs.ts`. `runOutputsBench()` returns the lines to print.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { buildSeed004Workbook, seed004Table } from "../tests/fixtures/build-workbooks";
import { processWorkbook } from "../src/workbook/process";
import { loadWorkbook } from "../src/workbook/read";
import { rawData, zipEntries } from "../src/workbook/zip/read";
import { ZipWriter } from "../src/workbook/zip/write";

const AS_OF = "2022-10-20";
type Mode = "baseline" | "floor" | "full";

interface ChildReport {
  mode: Mode;
  /** Since node started. */
  ms: number;
  maxRssMb: number;
  readMs?: number;
  writeMs?: number;
  info: string;
}

/** Statuses by seed 序号 (repeated with the rows): some done, some in progress, the rest blank. */
function statuses(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; i <= 40; i++) if (i % 3 === 0) out[String(i)] = "已完成";
  else if (i % 3 === 1) out[String(i)] = "推进中";
  return out;
}

async function buildInput(file: string, target: number): Promise<{ rows: number; bytes: number }> {
  const perCopy = seed004Table().rows.filter((r) => r.no !== null).length;
  const repeat = Math.ceil(target / perCopy);
  const wb = await buildSeed004Workbook({ repeat, status: statuses(), realDates: true });
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  fs.writeFileSync(file, buf);
  return { rows: repeat * perCopy, bytes: buf.byteLength };
}

async function child(mode: Mode, file: string): Promise<ChildReport> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  let info = "";
  let readMs: number | undefined;
  let writeMs: number | undefined;
  if (mode === "floor") {
    const wb = await loadWorkbook(bytes);
    const zip = new ZipWriter();
    for (const e of zipEntries(bytes) ?? []) zip.copy(e, rawData(bytes, e)!);
    info = `${wb.worksheets.length} sheet, ${zip.finish().byteLength} bytes copied`;
  } else if (mode === "full") {
    const r = await processWorkbook(bytes, { asOf: AS_OF, parts: { columns: true, highlights: true, sheets: true }, builtAt: `${AS_OF}T09:00:00` });
    readMs = r.timings?.readMs;
    writeMs = r.timings?.writeMs;
    info = `${r.plan!.sheets.length} sheets, ${(r.output!.byteLength / 1024).toFixed(0)} KiB out`;
  }
  return { mode, ms: process.uptime() * 1000, maxRssMb: process.resourceUsage().maxRSS / 1024, readMs, writeMs, info };
}

function runChild(mode: Mode, file: string): ChildReport {
  const tsxCli = require.resolve("tsx/cli");
  const res = spawnSync(process.execPath, [tsxCli, __filename, "--child", mode, file], {
    encoding: "utf8",
    cwd: path.resolve(__dirname, ".."),
    maxBuffer: 1 << 24,
  });
  const line = res.stdout.split("\n").find((l) => l.startsWith("{"));
  if (res.status !== 0 || !line) throw new Error(`bench child ${mode} failed: ${res.stderr.trim().split("\n").slice(-3).join(" ")}`);
  return JSON.parse(line) as ChildReport;
}

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

export async function runOutputsBench(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "outputs-bench-"));
  const sizes = (process.env.OUTPUTS_BENCH_ROWS ?? "1000,10000,50000,100000").split(",").map(Number).filter((n) => n > 0);
  const runs = Math.max(1, Number(process.env.OUTPUTS_BENCH_RUNS ?? 2) || 2);
  const lines = [`outputs bench — check -o (all outputs) vs the floor (node start + exceljs reading the input + copying the zip); best of ${runs}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)}`];
  const fullMs = new Map<number, number>();
  try {
    for (const target of sizes) {
      const file = path.join(dir, `input-${target}.xlsx`);
      const input = await buildInput(file, target);
      const best = (m: Mode) => {
        const all = Array.from({ length: runs }, () => runChild(m, file));
        const fastest = all.reduce((a, b) => (b.ms < a.ms ? b : a));
        return { ...fastest, maxRssMb: Math.max(...all.map((r) => r.maxRssMb)) };
      };
      const [base, floor, full] = (["baseline", "floor", "full"] as Mode[]).map(best) as [ChildReport, ChildReport, ChildReport];
      fullMs.set(target, full.ms);
      lines.push(`  ${input.rows.toLocaleString("en-US")} rows (input ${(input.bytes / 1024).toFixed(0)} KiB)`);
      lines.push(`    node start + input bytes read            ${secs(base.ms).padStart(8)}   peak RSS ${base.maxRssMb.toFixed(0).padStart(5)} MB`);
      lines.push(`    floor: + exceljs read + zip copied       ${secs(floor.ms).padStart(8)}   peak RSS ${floor.maxRssMb.toFixed(0).padStart(5)} MB   [${floor.info}]`);
      lines.push(
        `    check -o (processWorkbook)               ${secs(full.ms).padStart(8)}   peak RSS ${full.maxRssMb.toFixed(0).padStart(5)} MB   ×${(full.ms / floor.ms).toFixed(2)} floor` +
          `   read+check+plan ${secs(full.readMs ?? 0)}, write ${secs(full.writeMs ?? 0)}   [${full.info}]`,
      );
    }
    const t10 = fullMs.get(10000);
    const t100 = fullMs.get(100000);
    if (t10 && t100) lines.push(`  100k / 10k time: ×${(t100 / t10).toFixed(1)} (linear would be ×10)`);
    return lines;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (typeof require !== "undefined" && require.main === module) {
  const i = process.argv.indexOf("--child");
  if (i >= 0) {
    child(process.argv[i + 1] as Mode, process.argv[i + 2]!).then(
      (r) => console.log(JSON.stringify(r)),
      (err: unknown) => {
        console.error(err instanceof Error ? err.message : String(err));
        process.exitCode = 1;
      },
    );
  } else {
    runOutputsBench().then(
      (lines) => console.log(lines.join("\n")),
      (err: unknown) => {
        console.error(err instanceof Error ? err.message : String(err));
        process.exitCode = 1;
      },
    );
  }
}
