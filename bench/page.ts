/**
 * Page bench: 全部运行 (runAll: columns, highlights, every summary sheet) on a 10,000-row table, the way the
 * standalone page runs it — processWorkbook in a Web Worker in headless Chromium (Debian's /usr/bin/chromium via
 * playwright-core). The worker's code is src/workbook/process bundled for the browser with esbuild (exceljs's
 * browser build, as webpack picks it); the time is from posting the file's bytes to the worker until the
 * written workbook is back (the page's rendering of the report is not included). Best of PAGE_BENCH_RUNS (3).
 *
 * Runnable alone: `npx tsx bench/page.ts [ROOT]` (ROOT: another checkout of the project, to compare).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { build } from "esbuild";
import { buildSeed004Workbook, seed004Table } from "../tests/fixtures/build-workbooks";
import { launchChromium } from "../tests/browser/support/chromium";

const ROWS = 10_000;

async function input(): Promise<Uint8Array> {
  const per = seed004Table().rows.filter((r) => r.no !== null).length;
  const status: Record<string, string> = {};
  for (let i = 1; i <= 40; i++) if (i % 3 === 0) status[String(i)] = "已完成";
  const wb = await buildSeed004Workbook({ repeat: Math.ceil(ROWS / per), status, realDates: true });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
}

/** The worker: processWorkbook on the posted bytes, all outputs, the output sent back. */
async function workerSource(root: string): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "page-bench-"));
  const entry = path.join(dir, "worker.ts");
  fs.writeFileSync(
    entry,
    `import { processWorkbook } from ${JSON.stringify(path.join(root, "src/workbook/process"))};\n` +
      `self.onmessage = async (e) => {\n` +
      `  const t0 = performance.now();\n` +
      `  const r = await processWorkbook(e.data, { asOf: "2022-10-20", parts: { columns: true, highlights: true, sheets: true }, builtAt: "2022-10-20T09:00:00" });\n` +
      `  self.postMessage({ ms: performance.now() - t0, timings: r.timings ?? null, rows: r.result.rows.length, out: r.output }, [r.output.buffer]);\n` +
      `};\n`,
  );
  try {
    const res = await build({ entryPoints: [entry], bundle: true, format: "iife", platform: "browser", write: false, logLevel: "silent", absWorkingDir: root });
    return res.outputFiles[0]!.text;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function runPageBench(root = path.resolve(__dirname, "..")): Promise<string[]> {
  const runs = Math.max(1, Number(process.env.PAGE_BENCH_RUNS ?? 3) || 3);
  const [bytes, code] = await Promise.all([input(), workerSource(root)]);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><title>bench</title>");
    const results = await page.evaluate(
      async ({ code, b64, runs }) => {
        const bin = atob(b64);
        const data = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
        const url = URL.createObjectURL(new Blob([code], { type: "text/javascript" }));
        const out: { wall: number; ms: number; readMs: number | null; writeMs: number | null; rows: number; bytes: number }[] = [];
        for (let i = 0; i < runs; i++) {
          const w = new Worker(url);
          const copy = data.slice();
          const t0 = performance.now();
          const msg = await new Promise<{ ms: number; timings: { readMs: number; writeMs: number } | null; rows: number; out: Uint8Array }>((resolve, reject) => {
            w.onmessage = (e) => resolve(e.data);
            w.onerror = (e) => reject(new Error(e.message));
            w.postMessage(copy, [copy.buffer]);
          });
          out.push({ wall: performance.now() - t0, ms: msg.ms, readMs: msg.timings?.readMs ?? null, writeMs: msg.timings?.writeMs ?? null, rows: msg.rows, bytes: msg.out.byteLength });
          w.terminate();
        }
        return out;
      },
      { code, b64: Buffer.from(bytes).toString("base64"), runs },
    );
    const best = results.reduce((a, b) => (b.wall < a.wall ? b : a));
    const split = best.readMs !== null ? ` (read+check+plan ${(best.readMs / 1000).toFixed(2)} s, write ${((best.writeMs ?? 0) / 1000).toFixed(2)} s)` : "";
    return [
      `page bench — 全部运行 in the standalone page's worker, headless Chromium, best of ${runs}, load ${os.loadavg()[0]!.toFixed(1)}`,
      `  ${best.rows.toLocaleString("en-US")} task rows: ${(best.wall / 1000).toFixed(2)} s from posting the file to the written workbook${split}, ${(best.bytes / 1024).toFixed(0)} KiB out`,
    ];
  } finally {
    await browser.close();
  }
}

if (typeof require !== "undefined" && require.main === module) {
  runPageBench(process.argv[2] ? path.resolve(process.argv[2]) : undefined).then(
    (lines) => console.log(lines.join("\n")),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : String(err));
      process.exitCode = 1;
    },
  );
}
