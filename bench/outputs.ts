/**
 * Outputs bench: a 10,000-row table (seed 004's rows repeated, with a status column and real dates) through
 * the same path as `check -o` (processWorkbook: read, check, plan, write the two columns, the rules and every
 * summary sheet), beside the floor — exceljs alone loading the input and writing it back unchanged.
 *
 * Each measurement runs in its own child process (the same tsx), which reports its wall time and its peak
 * resident memory (process.resourceUsage().maxRSS, the kernel's high-water mark — no sampling gaps).
 * A "baseline" child (modules loaded, input read, nothing done) shows what the runtime itself costs.
 * Each measurement is repeated (OUTPUTS_BENCH_RUNS, default 3) and the fastest run is reported (the machine
 * is shared; the minimum is the least disturbed), with the highest peak memory of the runs.
 *
 * Runnable alone: `npx tsx bench/outputs.ts`. `runOutputsBench()` returns the lines to print.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import ExcelJS from "exceljs";
import { buildSeed004Workbook, seed004Table } from "../tests/fixtures/build-workbooks";
import { processWorkbook } from "../src/workbook/process";

const TARGET_ROWS = 10_000;
const AS_OF = "2022-10-20";
type Mode = "baseline" | "floor" | "check" | "full";

interface ChildReport {
  mode: Mode;
  ms: number;
  maxRssMb: number;
  info: string;
}

/** Statuses by seed 序号 (repeated with the rows): some done, some in progress, the rest blank. */
function statuses(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; i <= 40; i++) if (i % 3 === 0) out[String(i)] = "已完成";
  else if (i % 3 === 1) out[String(i)] = "推进中";
  return out;
}

async function buildInput(file: string): Promise<{ rows: number; bytes: number }> {
  const perCopy = seed004Table().rows.filter((r) => r.no !== null).length;
  const repeat = Math.ceil(TARGET_ROWS / perCopy);
  const wb = await buildSeed004Workbook({ repeat, status: statuses(), realDates: true });
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
  fs.writeFileSync(file, buf);
  return { rows: repeat * perCopy, bytes: buf.byteLength };
}

async function child(mode: Mode, file: string): Promise<ChildReport> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const t0 = performance.now();
  let info = "";
  if (mode === "floor") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const out = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array;
    info = `${out.byteLength} bytes out`;
  } else if (mode === "check") {
    const r = await processWorkbook(bytes, { asOf: AS_OF });
    info = `${r.result.rows.length} task rows, ${r.result.summary.length} units`;
  } else if (mode === "full") {
    const r = await processWorkbook(bytes, { asOf: AS_OF, parts: { columns: true, highlights: true, sheets: true }, builtAt: `${AS_OF}T09:00:00` });
    info = `${r.result.rows.length} task rows, ${r.plan!.sheets.length} sheets, ${r.output!.byteLength} bytes out`;
  }
  const ms = performance.now() - t0;
  return { mode, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, info };
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

export async function runOutputsBench(): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "outputs-bench-"));
  const file = path.join(dir, "input.xlsx");
  try {
    const input = await buildInput(file);
    const lines = [`outputs bench — ${input.rows.toLocaleString("en-US")} task rows (seed 004 repeated, status column, real dates), input ${(input.bytes / 1024).toFixed(0)} KiB`];
    const runs = Math.max(1, Number(process.env.OUTPUTS_BENCH_RUNS ?? 3) || 3);
    const reports = (["baseline", "floor", "check", "full"] as Mode[]).map((m) => {
      const all = Array.from({ length: runs }, () => runChild(m, file));
      return { ...all[0], ms: Math.min(...all.map((r) => r.ms)), maxRssMb: Math.max(...all.map((r) => r.maxRssMb)) };
    });
    lines[0] += `, best of ${runs}`;
    const base = reports[0];
    const floor = reports[1];
    const label: Record<Mode, string> = {
      baseline: "runtime only (modules, input read)",
      floor: "floor: exceljs load + write",
      check: "check (read + checkSheet)",
      full: "check -o (processWorkbook, all outputs)",
    };
    for (const r of reports) {
      const ratio = r.mode === "full" || r.mode === "check" ? `  ×${(r.ms / floor.ms).toFixed(2)} floor` : "";
      lines.push(
        `  ${label[r.mode].padEnd(42)}${r.mode === "baseline" ? "" : `${(r.ms / 1000).toFixed(2)} s`.padStart(9)}   peak RSS ${r.maxRssMb.toFixed(0).padStart(5)} MB (+${(r.maxRssMb - base.maxRssMb).toFixed(0)} over runtime)${ratio}${r.info ? `   [${r.info}]` : ""}`,
      );
    }
    return lines;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (typeof require !== "undefined" && require.main === module) {
  const i = process.argv.indexOf("--child");
  if (i >= 0) {
    child(process.argv[i + 1] as Mode, process.argv[i + 2]).then(
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
