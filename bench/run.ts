/**
 * `npm run bench`: every benchmark, one after another, printed as plain lines.
 * Speed and size are measured here, never asserted by timing tests.
 *   deadline — the deadline engine vs chrono-node's Chinese parser: share read right, phrases per second
 *   outputs  — `breakdown check -o` at 1k–100k rows vs the floors (node + reading + zip copy): time, peak memory
 *   page     — 全部运行 on 10,000 rows in the standalone page's worker, headless Chromium
 *   excel    — the Office.js adapter on its double: syncs and the largest request for 1,000 and 10,000 rows
 *   cycle    — split a 10,000-row table into 50 unit workbooks and collect them back (time, peak memory)
 * Run one alone with `npm run bench -- deadline` (or outputs, page, excel, cycle).
 */
import { runDeadlineBench } from "./deadline";
import { runOutputsBench } from "./outputs";
import { runExcelBench } from "./excel";
import { runPageBench } from "./page";
import { runCycleBench } from "./cycle";

const BENCHES: Record<string, () => Promise<string[]>> = {
  deadline: runDeadlineBench,
  outputs: runOutputsBench,
  excel: runExcelBench,
  page: () => runPageBench(),
  cycle: runCycleBench,
};

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((name) => !(name in BENCHES));
  if (unknown.length > 0) {
    process.stderr.write(`未知的基准：${unknown.join(", ")}；可选：${Object.keys(BENCHES).join(", ")}\n`);
    process.exitCode = 2;
    return;
  }
  for (const name of wanted.length > 0 ? wanted : Object.keys(BENCHES)) {
    const started = Date.now();
    process.stdout.write(`\n== ${name} ==\n`);
    for (const line of await BENCHES[name]()) process.stdout.write(line + "\n");
    process.stdout.write(`(${name}: ${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`基准运行失败：${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
