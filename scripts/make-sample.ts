/**
 * Writes the standalone page's sample workbook, assets/sample/示例-任务分解表.xlsx, from seed 004 (the table
 * the seed was exported from, with a 完成情况 column where two tasks are marked done). The .xlsx is committed:
 * the product's build never needs the seeds.
 *
 *   npx tsx scripts/make-sample.ts [OUT.xlsx]
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type ExcelJS from "exceljs";
import { buildSeed004Workbook } from "../tests/fixtures/build-workbooks";

export const SAMPLE_FILE = path.resolve(__dirname, "..", "assets", "sample", "示例-任务分解表.xlsx");

/** Tasks marked done in the sample, by 序号 (so its overview shows done as well as overdue work). */
export const SAMPLE_DONE: Record<string, string> = { "1": "已完成", "3": "已完成" };

export async function buildSampleWorkbook(): Promise<ExcelJS.Workbook> {
  const wb = await buildSeed004Workbook({ sheetName: "任务分解表", status: SAMPLE_DONE });
  const fixed = new Date(Date.UTC(2022, 0, 1));
  wb.creator = "分解表助手";
  wb.lastModifiedBy = "分解表助手";
  wb.created = fixed;
  wb.modified = fixed;
  return wb;
}

export async function writeSample(out: string = SAMPLE_FILE): Promise<string> {
  const wb = await buildSampleWorkbook();
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  fs.writeFileSync(out, bytes);
  return out;
}

if (require.main === module) {
  writeSample(process.argv[2] ? path.resolve(process.argv[2]) : SAMPLE_FILE).then(
    (out) => process.stdout.write(`${out}\n`),
    (err: unknown) => {
      process.stderr.write(`make-sample: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
