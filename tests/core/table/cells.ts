/** SheetCells built by hand (no exceljs) for the core tests: seed 004 as the table it was exported from. */
import type { CellValue, MergedArea, SheetCells } from "../../../src/core/types";
import { seed004Rows, seed004Text } from "../../fixtures/seed004";

export interface Seed004Cells {
  cells: SheetCells;
  /** Sheet row of each seed row. */
  rows: number[];
}

/** Title in row 1 (merged A1:E1), header in row 2 (工作任务 over A2:B2), body from row 3; section cells merged down. */
export function seed004SheetCells(opts: { merges?: boolean; sheet?: string } = {}): Seed004Cells {
  const seed = seed004Rows(seed004Text());
  const values: CellValue[][] = [[seed.title, null, null, null, null], ["工作任务", null, "工作要求", "责任单位", "时限"]];
  const merges: MergedArea[] = [
    { top: 1, left: 1, bottom: 1, right: 5 },
    { top: 2, left: 1, bottom: 2, right: 2 },
  ];
  const rows: number[] = [];
  let sectionStart: number | null = null;
  for (const r of seed.rows) {
    const sheetRow = values.length + 1;
    if (r.heading) {
      if (sectionStart !== null && sheetRow - 1 > sectionStart) merges.push({ top: sectionStart, left: 1, bottom: sheetRow - 1, right: 1 });
      sectionStart = sheetRow;
    }
    values.push(r.no === null ? [r.heading, null, null, null, null] : [r.heading, Number(r.no), r.requirement, r.units, r.deadline]);
    rows.push(sheetRow);
  }
  if (sectionStart !== null && values.length > sectionStart) merges.push({ top: sectionStart, left: 1, bottom: values.length, right: 1 });
  const cells: SheetCells = { sheet: opts.sheet ?? "分解表", firstRow: 1, firstCol: 1, values };
  if (opts.merges !== false) cells.merges = merges;
  return { cells, rows };
}

/** A small table from rows of values (row 1 = first array), no merges unless given. */
export function tableCells(values: CellValue[][], extra: Partial<SheetCells> = {}): SheetCells {
  return { sheet: "表", firstRow: 1, firstCol: 1, values, ...extra };
}
