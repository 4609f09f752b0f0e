/**
 * The Excel adapter's round trips: 全部运行 and 校验 on 1,000 and 10,000 task rows (seed 004 repeated, with a
 * status column and real dates) through the Office.js double — syncs, the largest request and response
 * (estimated as the JSON size of a sync's queued commands / loaded data; Excel's limit is 5 MB each), and the
 * time the adapter and the core take (the double's own cost included; real Excel adds a round trip per sync).
 *
 * Run alone: npx tsx bench/excel.ts
 */
import { buildSeed004Workbook, seed004Table } from "../tests/fixtures/build-workbooks";
import { fakeWorkbook, initFromExcelJs } from "../tests/excel/support";
import { createExcelHost } from "../src/excel/host";
import type { ActionName, HostSettings } from "../src/app/host";

const SETTINGS: HostSettings = { year: null, asOf: "2022-10-20", dueSoonDays: 15, sheet: null };

function kb(n: number): string {
  return `${(n / 1024).toFixed(0)} KB`;
}

async function one(rows: number, action: ActionName): Promise<string> {
  const perSeed = seed004Table().rows.length;
  const repeat = Math.ceil(rows / perSeed);
  const status: Record<string, string> = { "3": "已完成", "6": "部分完成", "16": "√" };
  const wb = await buildSeed004Workbook({ repeat, status, realDates: true });
  const fake = fakeWorkbook(initFromExcelJs(wb, "分解表"));
  const host = createExcelHost({ excel: fake.excel, office: fake.office, builtAt: () => "2022-10-20T09:30:00" });
  fake.resetStats();
  const t0 = performance.now();
  const out = await host.run(action, SETTINGS);
  const ms = performance.now() - t0;
  const st = fake.stats;
  const writes = host.lastRun?.writeSyncs ?? 0;
  return [
    `excel ${action.padEnd(8)} ${String(out.result.rows.length).padStart(6)} task rows (${repeat * perSeed} table rows):`,
    `${st.syncs} syncs (${st.syncs - writes} read, ${writes} write),`,
    `largest request ${kb(Math.max(...st.requestSizes))}, largest response ${kb(Math.max(...st.responseSizes))},`,
    `${out.plan ? out.plan.sheets.length : 0} sheets, ${ms.toFixed(0)} ms`,
  ].join(" ");
}

export async function runExcelBench(): Promise<string[]> {
  const lines: string[] = [];
  for (const rows of [1_000, 10_000]) {
    lines.push(await one(rows, "runAll"));
    lines.push(await one(rows, "validate"));
  }
  return lines;
}

if (typeof require !== "undefined" && require.main === module) {
  runExcelBench().then(
    (lines) => console.log(lines.join("\n")),
    (err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    },
  );
}
