/**
 * The 督办 cycle on the standalone page, over the .xlsx path (src/workbook/split.ts, collect.ts): the unit
 * workbooks packed into one .zip (fflate's zipSync) for the user to download, and the returned files merged
 * into the open workbook. Loaded lazily with exceljs (the "workbook" chunk), never in the pane's first load.
 */
import { zipSync } from "fflate";
import { splitWorkbook, type SplitWorkbookOptions } from "../workbook/split";
import { collectWorkbook, type CollectWorkbookOptions, type CollectWorkbookResult, type ReturnedFile } from "../workbook/collect";

export interface SplitZip {
  /** The .zip of every unit workbook (null when there is nothing to send: no header, no units, unknown units). */
  zip: Uint8Array | null;
  count: number;
  noHeader: boolean;
  unknownUnits: string[];
}

export async function splitToZip(bytes: Uint8Array, opts: SplitWorkbookOptions): Promise<SplitZip> {
  const out = await splitWorkbook(bytes, opts);
  const noHeader = !out.result.layout;
  if (out.files.length === 0) return { zip: null, count: 0, noHeader, unknownUnits: out.plan.unknownUnits };
  const entries: Record<string, Uint8Array> = {};
  // .xlsx files are zips already: stored, not deflated again.
  for (const f of out.files) entries[f.fileName] = f.bytes;
  return { zip: zipSync(entries, { level: 0 }), count: out.files.length, noHeader, unknownUnits: [] };
}

export async function collectFiles(master: Uint8Array, returned: readonly ReturnedFile[], opts: CollectWorkbookOptions): Promise<CollectWorkbookResult> {
  return collectWorkbook(master, returned, opts);
}
