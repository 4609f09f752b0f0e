/**
 * Bridges for the WPS adapter's tests: the scenario suite's fixtures → the ET double; the double's workbook →
 * the neutral WorkbookSnapshot (tests/scenarios/snapshot.ts), read the way a user would see the file.
 */
import type { FixtureSheet, SheetFixture, SheetSnapshot, WorkbookSnapshot } from "../scenarios/snapshot";
import { a1 } from "../scenarios/snapshot";
import { cellKey, createFakeWps, parseAddress, rectAddress, usedRect, type FakeWps, type WpsWorkbookInit, type WpsWorkbookModel } from "../support/fake-wps";

/** BGR long → "#RRGGBB" (the double stores colours as ET does). */
export function hexOf(color: number | null): string | null {
  if (color === null) return null;
  const r = color & 0xff, g = (color >> 8) & 0xff, b = (color >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

function bgrOf(hex: string | null): number | null {
  if (!hex) return null;
  const n = parseInt(hex.replace("#", ""), 16);
  return ((n >> 16) & 0xff) + ((n >> 8) & 0xff) * 256 + (n & 0xff) * 65536;
}

/** The scenario fixture in the double (the user's rules included); the table sheet is the active one. */
export function fakeFromFixture(f: SheetFixture, more: Partial<WpsWorkbookInit> = {}): FakeWps {
  const fake = createFakeWps({
    name: f.workbookName ?? "工作簿1.xlsx",
    sheets: f.sheets.map((s: FixtureSheet) => ({ name: s.name, values: s.values, numberFormats: s.numberFormats, merges: s.merges })),
    active: f.table,
    ...more,
  });
  for (const s of f.sheets) {
    const sheet = fake.model.findSheet(s.name)!;
    for (const r of s.rules ?? []) {
      const area = parseAddress(r.range)!;
      sheet.rules.push({ id: fake.model.newRuleId(), type: 2, area, formula: `=${r.formula}`, fill: bgrOf(r.fill), fontColor: bgrOf(r.fontColor) });
    }
  }
  return fake;
}

/** The double's workbook as the neutral snapshot. */
export function snapshotWps(model: WpsWorkbookModel): WorkbookSnapshot {
  return {
    sheets: model.sheets.map((sheet): SheetSnapshot => {
      const used = usedRect(sheet, true);
      const values: SheetSnapshot["values"] = [];
      if (used) {
        for (let r = 0; r < used.row + used.rows; r++) {
          const row: SheetSnapshot["values"][number] = [];
          for (let c = 0; c < used.col + used.cols; c++) row.push(sheet.cells.get(cellKey(r, c))?.value ?? null);
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
        if (cell.formula) formulas[addr] = cell.formula.replace(/^=/, "");
        if (cell.link?.subAddress) links.push({ cell: addr, target: cell.link.subAddress.replace(/^#/, "") });
      }
      return {
        name: sheet.name,
        values,
        numberFormats,
        merges: sheet.merges.map(rectAddress).sort(),
        formulas,
        links,
        rules: sheet.rules
          .filter((r) => r.type === 2)
          .map((r) => ({ range: rectAddress(r.area), formula: r.formula.replace(/^=/, ""), fill: hexOf(r.fill), fontColor: hexOf(r.fontColor) })),
      };
    }),
  };
}
