/**
 * Outputs bench: `breakdown check TABLE.xlsx --as-of … -o OUT.xlsx` — the command as users run it (bin/breakdown.cjs
 * loading the compiled lib/cli.cjs: the two columns, the rules, every summary sheet, the report printed) — on
 * tables of 1,000 / 10,000 / 50,000 / 100,000 task rows (seed 004's rows repeated, with a status column and real
 * dates), beside two floors, each a script compiled the same way (esbuild, plain node, no tsx):
 *   - floor (exceljs): node started, the input read by exceljs, the zip copied entry by entry — issue 12's floor,
 *     "reading the input" as the product read it when the issue was written;
 *   - floor (stream): the same with the product's own streaming reader (src/workbook/reader) reading the table.
 * Wall time of each command from outside (node's start and exit included) and peak resident memory
 * (/usr/bin/time's %M); best time and highest memory of OUTPUTS_BENCH_RUNS runs, the three commands taking
 * turns. By default 7 runs up to 10,000 rows (on a shared machine a run can take a third longer than the next;
 * seven make the best of each steady) and 2 above (the exceljs floor alone takes over a minute at 100,000).
 * OUTPUTS_BENCH_ROWS picks the sizes ("1000,10000").
 *
 * Inputs are made with exceljs (as a user's file would be) and kept in tests/.out/bench-inputs, named by the
 * builder's source hash, so a second run does not wait minutes for the 100,000-row file.
 *
 * Runnable alone: `npx tsx bench/outputs.ts`. `runOutputsBench()` returns the lines to print.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { build } from "esbuild";
import { buildSeed004Workbook, seed004Table } from "../tests/fixtures/build-workbooks";

const ROOT = path.resolve(__dirname, "..");
const AS_OF = "2022-10-20";

interface Run {
  ms: number;
  maxRssMb: number;
}

/** Statuses by seed 序号 (repeated with the rows): some done, some in progress, the rest blank. */
function statuses(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; i <= 40; i++) if (i % 3 === 0) out[String(i)] = "已完成";
  else if (i % 3 === 1) out[String(i)] = "推进中";
  return out;
}

function builderHash(): string {
  const h = crypto.createHash("sha256");
  for (const f of ["tests/fixtures/build-workbooks.ts"]) h.update(fs.readFileSync(path.join(ROOT, f)));
  return h.digest("hex").slice(0, 12);
}

/** The input file for about `target` task rows (made once, then kept). */
async function inputFile(target: number): Promise<{ file: string; rows: number; bytes: number }> {
  const perCopy = seed004Table().rows.filter((r) => r.no !== null).length;
  const repeat = Math.ceil(target / perCopy);
  const dir = path.join(ROOT, "tests/.out/bench-inputs");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `seed004-x${repeat}-${builderHash()}.xlsx`);
  if (!fs.existsSync(file)) {
    const wb = await buildSeed004Workbook({ repeat, status: statuses(), realDates: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, (await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
    fs.renameSync(tmp, file);
  }
  return { file, rows: repeat * perCopy, bytes: fs.statSync(file).size };
}

/** The floor script: read the input (exceljs, or the streaming reader), copy every zip entry, report. */
const FLOOR_SOURCE = `
import * as fs from "node:fs";
import { loadWorkbook } from "./src/workbook/read";
import { openBook, readTable } from "./src/workbook/reader";
import { rawData, zipEntries } from "./src/workbook/zip/read";
import { ZipWriter } from "./src/workbook/zip/write";
async function main() {
  const [mode, file] = process.argv.slice(2);
  const bytes = new Uint8Array(fs.readFileSync(file));
  if (mode === "exceljs") await loadWorkbook(bytes);
  else readTable(openBook(bytes));
  const zip = new ZipWriter();
  for (const e of zipEntries(bytes) ?? []) zip.copy(e, rawData(bytes, e));
  const out = zip.finish();
  console.log(out.byteLength);
}
main();
`;

async function floorScript(dir: string): Promise<string> {
  const out = path.join(dir, "floor.cjs");
  await build({
    stdin: { contents: FLOOR_SOURCE, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "cjs",
    outfile: out,
    logLevel: "silent",
  });
  return out;
}

/**
 * One command, timed from outside (wall, node's start and exit included) with /usr/bin/time for peak memory:
 * the floors and the real command alike, so all three carry the same costs of a process.
 */
function timed(args: string[], what: string): Run {
  const hasTime = fs.existsSync("/usr/bin/time");
  const t0 = process.hrtime.bigint();
  const res = hasTime
    ? spawnSync("/usr/bin/time", ["-f", "RSSKB=%M", process.execPath, ...args], { encoding: "utf8", maxBuffer: 1 << 26 })
    : spawnSync(process.execPath, args, { encoding: "utf8", maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (res.status !== 0) throw new Error(`${what} failed (${res.status}): ${res.stderr.trim().split("\n").slice(-3).join(" ")}`);
  const kb = /RSSKB=(\d+)/.exec(res.stderr)?.[1];
  return { ms, maxRssMb: kb ? Number(kb) / 1024 : NaN };
}

const runFloor = (script: string, mode: "exceljs" | "stream", file: string): Run => timed([script, mode, file], `floor (${mode})`);

/** The real command. */
const runCli = (file: string, out: string): Run =>
  timed([path.join(ROOT, "bin/breakdown.cjs"), "check", file, "--as-of", AS_OF, "-o", out], "breakdown check -o");

const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`.padStart(8);
const mb = (m: number) => `${Number.isFinite(m) ? m.toFixed(0) : "?"} MB`.padStart(7);

export async function runOutputsBench(): Promise<string[]> {
  const sizes = (process.env.OUTPUTS_BENCH_ROWS ?? "1000,10000,50000,100000").split(",").map(Number).filter((n) => n > 0);
  const chosen = Number(process.env.OUTPUTS_BENCH_RUNS);
  const runsFor = (rows: number) => (chosen >= 1 ? Math.floor(chosen) : rows <= 10000 ? 7 : 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "outputs-bench-"));
  const built = spawnSync(process.execPath, [path.join(ROOT, "scripts/build-cli.cjs"), "--if-stale", "--quiet"], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`could not compile the CLI: ${built.stderr}`);
  const lines = [
    `outputs bench — \`breakdown check -o\` (all outputs) vs the floors (node start + reading the input + copying the zip); best of ${chosen >= 1 ? Math.floor(chosen) : "7 (2 above 10,000 rows)"}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(1)} at the start`,
  ];
  const cliMs = new Map<number, number>();
  try {
    const floor = await floorScript(dir);
    for (const target of sizes) {
      const input = await inputFile(target);
      const best = (all: Run[]): Run => ({ ms: Math.min(...all.map((r) => r.ms)), maxRssMb: Math.max(...all.map((r) => r.maxRssMb)) });
      // The three take turns, run after run: a shared machine's slow and fast spells fall on all of them alike.
      const out = path.join(dir, `out-${target}.xlsx`);
      const all: { fx: Run[]; fs2: Run[]; cli: Run[] } = { fx: [], fs2: [], cli: [] };
      for (let i = 0; i < runsFor(input.rows); i++) {
        all.fx.push(runFloor(floor, "exceljs", input.file));
        all.fs2.push(runFloor(floor, "stream", input.file));
        all.cli.push(runCli(input.file, out));
      }
      const [fx, fs2, cli] = [best(all.fx), best(all.fs2), best(all.cli)];
      cliMs.set(target, cli.ms);
      lines.push(`  ${input.rows.toLocaleString("en-US")} rows (input ${(input.bytes / 1024).toFixed(0)} KiB, output ${(fs.statSync(out).size / 1024).toFixed(0)} KiB)`);
      lines.push(`    floor (exceljs read + zip copied)     ${secs(fx.ms)}   peak ${mb(fx.maxRssMb)}`);
      lines.push(`    floor (streaming read + zip copied)   ${secs(fs2.ms)}   peak ${mb(fs2.maxRssMb)}`);
      lines.push(
        `    breakdown check -o                    ${secs(cli.ms)}   peak ${mb(cli.maxRssMb)}   ×${(cli.ms / fx.ms).toFixed(2)} the exceljs floor, ×${(cli.ms / fs2.ms).toFixed(2)} the streaming floor`,
      );
      lines.push(`    (load ${os.loadavg()[0]!.toFixed(1)})`);
    }
    const t10 = cliMs.get(10000);
    const t100 = cliMs.get(100000);
    if (t10 && t100) lines.push(`  100k / 10k time: ×${(t100 / t10).toFixed(1)} (linear would be ×10)`);
    return lines;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (typeof require !== "undefined" && require.main === module) {
  runOutputsBench().then(
    (lines) => console.log(lines.join("\n")),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
