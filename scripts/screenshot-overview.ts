/**
 * Renders the overview sheet with its bar charts, as the .xlsx writer makes it, through LibreOffice headless into
 * docs/screenshots/overview-charts.png (seed 004 with a few tasks done, as of 2022-11-20). Looked at by hand; not
 * part of `npm test`. Needs soffice and pdftoppm.
 *
 *   npx tsx scripts/screenshot-overview.ts [OUT.png]
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { buildSeed004Workbook } from "../tests/fixtures/build-workbooks";
import { processWorkbook } from "../src/workbook/process";

const OUT = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "docs", "screenshots", "overview-charts.png"));
const DONE: Record<string, string> = { "1": "已完成", "3": "已完成", "5": "已完成", "8": "已完成", "11": "已完成", "16": "已完成", "20": "已完成" };

async function main(): Promise<void> {
  const wb = await buildSeed004Workbook({ status: DONE, realDates: true });
  const seed = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const out = await processWorkbook(seed, { asOf: "2022-11-20", fixedAsOf: true, parts: { columns: true, highlights: true, sheets: true }, builtAt: "2022-11-20T09:00:00" });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "overview-shot-"));
  try {
    const file = path.join(dir, "overview.xlsx");
    fs.writeFileSync(file, out.output!);
    // Each sheet on one page; the overview is the second sheet (after the table).
    const filter = 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}';
    execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", filter, "--outdir", dir, file], { timeout: 120000, stdio: "ignore" });
    execFileSync("pdftoppm", ["-f", "2", "-l", "2", "-r", "80", "-png", "-singlefile", path.join(dir, "overview.pdf"), path.join(dir, "page")]);
    fs.copyFileSync(path.join(dir, "page.png"), OUT);
    console.log(`wrote ${OUT}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

void main();
