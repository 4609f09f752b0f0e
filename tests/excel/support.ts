/**
 * Bridges for the Excel adapter's tests: workbooks (exceljs, or the scenario suite's fixtures) → the Office.js
 * double; the double's workbook → the scenario suite's neutral WorkbookSnapshot.
 */
import type ExcelJS from "exceljs";
import { sheetCells } from "../../src/workbook/read";
import { conditionalFormats } from "../../src/workbook/marks";
import type { FixtureSheet, SheetFixture, SheetSnapshot, WorkbookSnapshot, RuleSnapshot } from "../scenarios/snapshot";
import { a1 } from "../scenarios/snapshot";
import {
  createFakeExcel,
  parseAddress,
  rectAddress,
  usedRect,
  cellKey,
  type FakeExcel,
  type FakeOptions,
  type FakeWorkbookInit,
  type FakeWorkbookModel,
  type Rect,
} from "../support/fake-excel";

type InitSheet = FakeWorkbookInit["sheets"][number] & { rules?: RuleSnapshot[] };
export type InitWithRules = FakeWorkbookInit & { sheets: InitSheet[] };

function mergeRect(a: string): Rect {
  const r = parseAddress(a);
  if (!r) throw new Error(`bad merge ${a}`);
  return r;
}

/** An exceljs workbook as the double's starting workbook (values, number formats, merges, user rules). */
export function initFromExcelJs(wb: ExcelJS.Workbook, active?: string): InitWithRules {
  const sheets: InitSheet[] = wb.worksheets.map((ws) => {
    const c = sheetCells(ws);
    return {
      name: ws.name,
      values: c.values,
      numberFormats: c.numberFormats,
      merges: (c.merges ?? []).map((m) => ({ row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 })),
      rules: conditionalFormats(ws).flatMap((cf) =>
        cf.rules
          .filter((r) => r.type === "expression")
          .map((r) => ({
            range: String(cf.ref),
            formula: String((r as { formulae?: unknown[] }).formulae?.[0] ?? ""),
            fill: null,
            fontColor: null,
          })),
      ),
    };
  });
  return { sheets, active: active ?? wb.worksheets[0]?.name };
}

/** The scenario fixture as the double's starting workbook; the table sheet is the active one. */
export function initFromFixture(f: SheetFixture): InitWithRules {
  return {
    sheets: f.sheets.map((s: FixtureSheet) => ({
      name: s.name,
      values: s.values,
      numberFormats: s.numberFormats,
      merges: (s.merges ?? []).map(mergeRect),
      rules: s.rules,
    })),
    active: f.table,
    url: f.workbookName ? `https://example.invalid/docs/${encodeURIComponent(f.workbookName)}` : "",
  };
}

/** createFakeExcel plus the user's own conditional formats of the init (the model keeps them as custom rules). */
export function fakeWorkbook(init: InitWithRules, opts?: FakeOptions): FakeExcel {
  const fake = createFakeExcel(init, opts);
  for (const s of init.sheets) {
    const sheet = fake.model.findSheet(s.name)!;
    for (const r of s.rules ?? []) {
      sheet.conditionalFormats.push({
        id: fake.model.newCfId(),
        type: "Custom",
        area: mergeRect(r.range),
        formula: `=${r.formula.replace(/^=/, "")}`,
        fill: r.fill,
        fontColor: r.fontColor,
      });
    }
  }
  return fake;
}

function hyperlinkTarget(formula: string): string | null {
  const m = /^=?HYPERLINK\("#((?:[^"]|"")*)"/i.exec(formula);
  return m ? m[1].replace(/""/g, '"') : null;
}

/** The double's workbook as the scenario suite's neutral snapshot (see tests/scenarios/snapshot.ts). */
export function snapshotFake(model: FakeWorkbookModel): WorkbookSnapshot {
  return {
    sheets: model.sheets.map((sheet): SheetSnapshot => {
      const used = usedRect(sheet, true);
      const values: SheetSnapshot["values"] = [];
      if (used) {
        for (let r = 0; r < used.row + used.rows; r++) {
          const row: SheetSnapshot["values"][number] = [];
          for (let c = 0; c < used.col + used.cols; c++) {
            const cell = sheet.cells.get(cellKey(r, c));
            row.push(cell ? (cell.value === "" ? null : cell.value) : null);
          }
          values.push(row);
        }
      }
      const numberFormats: Record<string, string> = {};
      const formulas: Record<string, string> = {};
      const links: SheetSnapshot["links"] = [];
      const keys = [...sheet.cells.keys()].map((k) => k.split(",").map(Number)).sort((p, q) => p[0] - q[0] || p[1] - q[1]);
      for (const [r, c] of keys) {
        const cell = sheet.cells.get(cellKey(r, c))!;
        const addr = a1(r + 1, c + 1);
        if (cell.numberFormat && cell.numberFormat !== "General") numberFormats[addr] = cell.numberFormat;
        if (cell.formula) {
          formulas[addr] = cell.formula.replace(/^=/, "");
          const target = hyperlinkTarget(cell.formula);
          if (target) links.push({ cell: addr, target });
        }
        if (cell.hyperlink?.documentReference) links.push({ cell: addr, target: cell.hyperlink.documentReference.replace(/^#/, "") });
      }
      return {
        name: sheet.name,
        values,
        numberFormats,
        merges: sheet.merges.map(rectAddress).sort(),
        formulas,
        links,
        rules: sheet.conditionalFormats
          .filter((cf) => cf.type === "Custom")
          .map((cf) => ({ range: rectAddress(cf.area), formula: (cf.formula ?? "").replace(/^=/, ""), fill: cf.fill, fontColor: cf.fontColor })),
      };
    }),
  };
}

/**
 * A snapshot with the two known, intended differences between the adapters taken out, so the rest can be
 * compared exactly:
 * - number formats on empty cells (invisible; exceljs does not keep a style-only cell the same way).
 * - Excel needs the number format "@" on a string cell to keep it text ("=…", "2022/11/30", "5月3日" would
 *   otherwise become a formula, a number or a date); an .xlsx string cell is text by its type. "@" on a
 *   string cell is dropped.
 * - in-workbook links: Office.js writes the hyperlink property; exceljs writes HYPERLINK("#…") formulas. The
 *   links list is compared; a HYPERLINK formula behind a link is dropped.
 */
export function normaliseSnapshot(wb: WorkbookSnapshot): WorkbookSnapshot {
  return {
    sheets: wb.sheets.map((s) => {
      const valueAt = (addr: string): unknown => {
        const m = /^([A-Z]+)(\d+)$/.exec(addr)!;
        let col = 0;
        for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
        return s.values[Number(m[2]) - 1]?.[col - 1] ?? null;
      };
      // A format on an empty cell shows nothing; "@" on a string cell is how Excel keeps text text.
      const numberFormats = Object.fromEntries(
        Object.entries(s.numberFormats).filter(([addr, f]) => valueAt(addr) !== null && !(f === "@" && typeof valueAt(addr) === "string")),
      );
      const formulas = Object.fromEntries(Object.entries(s.formulas).filter(([, f]) => !/^HYPERLINK\("#/i.test(f)));
      const links = [...s.links].sort((p, q) => p.cell.localeCompare(q.cell));
      return { ...s, numberFormats, formulas, links };
    }),
  };
}

export type { FakeExcel };

/** An exceljs workbook (e.g. the .xlsx path's output, read back) as the neutral snapshot. */
export function snapshotExcelJs(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return {
    sheets: wb.worksheets.map((ws): SheetSnapshot => {
      const c = sheetCells(ws);
      let values = c.values.map((r) => r.slice());
      // Trim trailing empty rows/columns (the used area of values).
      while (values.length && values[values.length - 1].every((v) => v === null)) values.pop();
      const width = Math.max(0, ...values.map((r) => {
        let w = r.length;
        while (w > 0 && r[w - 1] === null) w--;
        return w;
      }));
      values = values.map((r) => r.slice(0, width));
      const numberFormats: Record<string, string> = {};
      const formulas: Record<string, string> = {};
      const links: SheetSnapshot["links"] = [];
      ws.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, col) => {
          const addr = a1(r, col);
          if (cell.numFmt && cell.numFmt !== "General") numberFormats[addr] = cell.numFmt;
          const v = cell.value as unknown;
          if (v && typeof v === "object" && "formula" in (v as object)) {
            const f = String((v as { formula: string }).formula).replace(/^=/, "");
            formulas[addr] = f;
            const target = hyperlinkTarget(f);
            if (target) links.push({ cell: addr, target });
          } else if (v && typeof v === "object" && "hyperlink" in (v as object)) {
            links.push({ cell: addr, target: String((v as { hyperlink: string }).hyperlink).replace(/^#/, "") });
          }
        }),
      );
      return {
        name: ws.name,
        values,
        numberFormats,
        merges: (c.merges ?? []).map((m) => rectAddress({ row: m.top - 1, col: m.left - 1, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 })).sort(),
        formulas,
        links,
        rules: conditionalFormats(ws).flatMap((cf) =>
          cf.rules
            .filter((r) => r.type === "expression")
            .map((r) => {
              const style = (r as { style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string } } } }).style;
              const colour = (argb?: string) => (argb ? `#${argb.slice(-6).toUpperCase()}` : null);
              return {
                range: String(cf.ref),
                formula: String((r as { formulae?: unknown[] }).formulae?.[0] ?? "").replace(/^=/, ""),
                fill: colour(style?.fill?.bgColor?.argb),
                fontColor: colour(style?.font?.color?.argb),
              };
            }),
        ),
      };
    }),
  };
}
