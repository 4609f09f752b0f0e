/**
 * Writing one unit workbook (分发) from its plan (src/core/cycle/unit-book.ts) with exceljs: a brand-new
 * workbook, so nothing of the user's can be lost. The fill-in columns are unlocked and tinted, the rest locked
 * and the sheet protected (no password unless the plan has one), 完成状态 a dropdown of the status words, the
 * header frozen. Cell styles are shared objects (exceljs keeps one style per object it has seen), never mutated.
 * No Node APIs: the standalone page uses it too.
 */
import ExcelJS from "exceljs";
import type { UnitBookPlan } from "../core/cycle";
import type { PlannedCell } from "../core/types";
import { strings, type Lang } from "../strings";

const FONT = { name: "Calibri", size: 11, family: 2 } as const;
const THIN = { style: "thin", color: { argb: "FFBFBFBF" } } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FILL_IN = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } } as const;
const HEAD = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } } as const;

/** The few styles a unit workbook uses, each one object. */
function makeStyles() {
  const locked = { locked: true };
  const unlocked = { locked: false };
  const top = { vertical: "top", wrapText: false } as const;
  const wrapTop = { vertical: "top", wrapText: true } as const;
  const s = {
    instruction: { font: { ...FONT, bold: true, color: { argb: "FFC00000" } }, alignment: { vertical: "middle", wrapText: true }, protection: locked },
    label: { font: { ...FONT, bold: true }, protection: locked },
    info: { font: FONT, protection: locked },
    mark: { font: { ...FONT, color: { argb: "FF808080" }, size: 9 }, protection: locked },
    header: { font: { ...FONT, bold: true }, fill: HEAD, border: BORDER, alignment: { vertical: "middle", horizontal: "center", wrapText: true }, protection: locked },
    fillHeader: { font: { ...FONT, bold: true }, fill: FILL_IN, border: BORDER, alignment: { vertical: "middle", horizontal: "center", wrapText: true }, protection: locked },
    key: { font: { ...FONT, color: { argb: "FF808080" } }, border: BORDER, alignment: top, protection: locked },
    cell: { font: FONT, border: BORDER, alignment: top, protection: locked },
    wrapCell: { font: FONT, border: BORDER, alignment: wrapTop, protection: locked },
    date: { font: FONT, border: BORDER, alignment: top, numFmt: "yyyy-mm-dd", protection: locked },
    fill: { font: FONT, border: BORDER, fill: FILL_IN, alignment: wrapTop, protection: unlocked },
  } satisfies Record<string, Partial<ExcelJS.Style>>;
  return s as Record<keyof typeof s, Partial<ExcelJS.Style>>;
}

/** ISO date → a JS Date at midnight UTC (exceljs writes it as that day's serial). */
function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

function value(p: PlannedCell): ExcelJS.CellValue {
  if (p.date && typeof p.value === "string") return isoToDate(p.value);
  return p.value;
}

/** Build the workbook of one unit (not yet serialised). */
export async function buildUnitBook(plan: UnitBookPlan, lang: Lang = "zh-CN"): Promise<ExcelJS.Workbook> {
  const t = strings(lang).cycle;
  const wb = new ExcelJS.Workbook();
  wb.creator = "breakdown";
  const ws = wb.addWorksheet(plan.sheetName, { views: [{ state: "frozen", xSplit: 0, ySplit: plan.freezeRows }] });
  const st = makeStyles();
  const fill = new Set(plan.fillColumns);
  const wrap = new Set(plan.wrapColumns);
  const width = plan.columnWidths.length;
  const validation: ExcelJS.DataValidation = {
    type: "list",
    allowBlank: true,
    formulae: [`"${plan.statusWords.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: t.validationTitle,
    error: t.validationError,
  };
  plan.rows.forEach((cells, i) => {
    const r = i + 1;
    const row = ws.getRow(r);
    cells.forEach((p, j) => {
      const c = j + 1;
      const cell = row.getCell(c);
      cell.value = value(p);
      if (r === 1) cell.style = st.instruction;
      else if (r < plan.headerRow) cell.style = j === 0 ? st.mark : p.bold ? st.label : st.info;
      else if (r === plan.headerRow) cell.style = fill.has(c) ? st.fillHeader : st.header;
      else if (fill.has(c)) cell.style = st.fill;
      else if (c === plan.keyColumn) cell.style = st.key;
      else if (p.date) cell.style = st.date;
      else cell.style = wrap.has(c) ? st.wrapCell : st.cell;
      if (r >= plan.firstDataRow && c === plan.statusColumn) cell.dataValidation = validation;
    });
  });
  ws.mergeCells(1, 1, 1, width);
  ws.getRow(1).height = 48;
  ws.getRow(plan.headerRow).height = 30;
  plan.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  await ws.protect(plan.password ?? "", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  return wb;
}

/** One unit workbook as .xlsx bytes. */
export async function writeUnitBook(plan: UnitBookPlan, lang: Lang = "zh-CN"): Promise<Uint8Array> {
  const wb = await buildUnitBook(plan, lang);
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array | ArrayBuffer;
  return buf instanceof Uint8Array ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
}
