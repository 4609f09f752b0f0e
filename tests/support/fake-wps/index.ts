/**
 * A double of the WPS 表格 (ET) object model, as a WPS add-in page sees it through `window.Application` /
 * `wps.EtApplication()`: the members declared in Kingsoft's wps-jsapi description (lib.et.d.ts, lib.kso.d.ts),
 * behaving as the Excel VBA reference documents them — nothing more. Notably, as in Excel:
 * - a string written to a cell not formatted "@" is parsed: "=…", "+…", "-…" become formulas, "12" a number;
 * - FormatConditions.Add reads relative references in Formula1 from the active cell;
 * - FormatConditions.Add puts the new rule first (SetLastPriority moves it after the others);
 * - Select works on the active sheet only; Worksheets.Add makes the new sheet active;
 * - a protected sheet refuses every change to its cells and rules; a protected structure refuses new sheets;
 * - deleting a sheet with DisplayAlerts on would ask the user (counted in model.prompts);
 * - NumberFormat of cells with different formats is null; MergeCells of partly merged cells is null.
 * It does not calculate formulas.
 */
import { cellKey, createSheet, intersects, parseAddress, shiftFormula, usedRect, WpsWorkbookModel, type Rect, type WpsCell, type WpsSheet, type WpsWorkbookInit } from "./model";

import { chartObjects, position } from "./charts";

export * from "./model";
export type { WpsChart } from "./charts";

export interface WpsStats {
  /** Value2 / Formula assignments. */
  valueWrites: number;
  /** NumberFormat assignments. */
  formatWrites: number;
  /** Worksheet.Range calls (reads and writes). */
  rangeCalls: number;
}

export interface FakeWps {
  model: WpsWorkbookModel;
  /** The ET Application object (what the add-in page's `Application` is). */
  app: Record<string, unknown>;
  stats: WpsStats;
  /** Installs `window.wps` and `window.Application` as a WPS add-in page has them. */
  install(target?: Record<string, unknown>): void;
}

const PROTECTED = "The cell or chart you're trying to change is on a protected sheet.";

function each(rect: Rect, fn: (r: number, c: number) => void): void {
  if (rect.rows * rect.cols > 2_000_000) throw new Error("range too large for the double");
  for (let r = rect.row; r < rect.row + rect.rows; r++) for (let c = rect.col; c < rect.col + rect.cols; c++) fn(r, c);
}

export function createFakeWps(init: WpsWorkbookInit): FakeWps {
  const model = new WpsWorkbookModel(init);
  const stats: WpsStats = { valueWrites: 0, formatWrites: 0, rangeCalls: 0 };
  const app: Record<string, unknown> = {};
  let displayAlerts = true;
  let screenUpdating = true;

  // The active window's split (ActiveWindow.SplitRow / SplitColumn): each sheet's own, as its view keeps it.
  const split = { row: 0, col: 0 };
  const activate = (s: WpsSheet) => {
    model.active = s;
    split.row = s.frozen.rows;
    split.col = s.frozen.cols;
  };
  const alive = (s: WpsSheet) => {
    if (!model.sheets.includes(s)) throw new Error("The object has been deleted.");
  };
  const cell = (s: WpsSheet, r: number, c: number): WpsCell => {
    let x = s.cells.get(cellKey(r, c));
    if (!x) {
      x = { value: null };
      s.cells.set(cellKey(r, c), x);
    }
    return x;
  };
  const writable = (s: WpsSheet) => {
    alive(s);
    if (s.protected) throw new Error(PROTECTED);
  };

  /** What typing `v` into a cell does (Excel parses text unless the cell is formatted "@"). */
  const input = (x: WpsCell, v: unknown) => {
    delete x.formula;
    if (v === null || v === undefined || v === "") x.value = null;
    else if (typeof v === "number" || typeof v === "boolean") x.value = v;
    else {
      const text = String(v);
      if (x.numberFormat === "@") x.value = text;
      else if (/^[=+-]./.test(text)) {
        x.formula = text.startsWith("=") ? text : `=${text}`;
        x.value = null;
      } else if (/^-?\d+(\.\d+)?$/.test(text)) x.value = Number(text);
      else x.value = text;
    }
  };

  function font(s: WpsSheet, rect: Rect, color: "fontColor" | "fill") {
    const top = () => s.cells.get(cellKey(rect.row, rect.col));
    const set = (fn: (x: WpsCell) => void) => {
      writable(s);
      each(rect, (r, c) => fn(cell(s, r, c)));
    };
    return {
      get Bold() { return !!top()?.bold; },
      set Bold(v: boolean) { set((x) => (x.bold = !!v)); },
      get Italic() { return !!top()?.italic; },
      set Italic(v: boolean) { set((x) => (x.italic = !!v)); },
      get Size() { return top()?.fontSize ?? 11; },
      set Size(v: number) { set((x) => (x.fontSize = v)); },
      get Color() { return top()?.[color] ?? 0; },
      set Color(v: number) { set((x) => (x[color] = v)); },
    };
  }

  function ruleObject(s: WpsSheet, rule: WpsSheet["rules"][number]): Record<string, unknown> {
    const live = () => {
      alive(s);
      if (!s.rules.includes(rule)) throw new Error("The object has been deleted.");
    };
    return {
      get Type() { return rule.type; },
      get Formula1() { return rule.formula; },
      get AppliesTo() { return range(s, rule.area); },
      Interior: { get Color(): number | null { return rule.fill; }, set Color(v: number | null) { live(); rule.fill = v; } },
      Font: { get Color(): number | null { return rule.fontColor; }, set Color(v: number | null) { live(); rule.fontColor = v; } },
      Delete() {
        live();
        writable(s);
        s.rules.splice(s.rules.indexOf(rule), 1);
      },
      SetLastPriority() {
        live();
        s.rules.splice(s.rules.indexOf(rule), 1);
        s.rules.push(rule);
      },
      SetFirstPriority() {
        live();
        s.rules.splice(s.rules.indexOf(rule), 1);
        s.rules.unshift(rule);
      },
    };
  }

  function formatConditions(s: WpsSheet, rect: Rect) {
    const list = () => s.rules.filter((r) => intersects(r.area, rect));
    return {
      get Count() { alive(s); return list().length; },
      Item(i: number) {
        const r = list()[i - 1];
        if (!r) throw new Error("The index is out of range.");
        return ruleObject(s, r);
      },
      Add(type: number, _operator?: unknown, formula1?: string) {
        writable(s);
        if (type !== 2 || typeof formula1 !== "string") throw new Error("Invalid procedure call or argument.");
        const text = formula1.startsWith("=") ? formula1 : `=${formula1}`;
        // Relative references are read from the active cell (of the active sheet), stored from the area's top-left.
        const at = model.active.selection;
        const rule = { id: model.newRuleId(), type, area: rect, formula: shiftFormula(text, rect.row - at.row, rect.col - at.col), fill: null, fontColor: null };
        s.rules.unshift(rule);
        return ruleObject(s, rule);
      },
    };
  }

  function range(s: WpsSheet, rect: Rect): Record<string, unknown> {
    const single = rect.rows === 1 && rect.cols === 1;
    const read = (r: number, c: number) => {
      const x = s.cells.get(cellKey(r, c));
      return x && x.value !== null ? x.value : undefined;
    };
    const mergeOf = (r: number, c: number) => s.merges.find((m) => r >= m.row && r < m.row + m.rows && c >= m.col && c < m.col + m.cols);
    return {
      get Row() { return rect.row + 1; },
      get Column() { return rect.col + 1; },
      get Rows() { return { Count: rect.rows }; },
      get Columns() { return { Count: rect.cols }; },
      get Value2() {
        alive(s);
        if (single) return read(rect.row, rect.col);
        return Array.from({ length: rect.rows }, (_, i) => Array.from({ length: rect.cols }, (_, j) => read(rect.row + i, rect.col + j)));
      },
      set Value2(v: unknown) {
        writable(s);
        stats.valueWrites++;
        if (Array.isArray(v)) {
          if (v.length !== rect.rows || v.some((row) => !Array.isArray(row) || row.length !== rect.cols)) throw new Error("The array does not fit the range.");
          each(rect, (r, c) => input(cell(s, r, c), (v[r - rect.row] as unknown[])[c - rect.col]));
        } else each(rect, (r, c) => input(cell(s, r, c), v));
      },
      get Formula() {
        const x = s.cells.get(cellKey(rect.row, rect.col));
        return x?.formula ?? (x?.value ?? "");
      },
      set Formula(v: unknown) {
        writable(s);
        stats.valueWrites++;
        each(rect, (r, c) => {
          const x = cell(s, r, c);
          if (typeof v === "string" && v.startsWith("=")) {
            x.formula = v;
            x.value = null;
          } else input(x, v);
        });
      },
      get NumberFormat() {
        alive(s);
        const seen = new Set<string>();
        let count = 0;
        for (const [key, x] of s.cells) {
          const [r, c] = key.split(",").map(Number);
          if (r < rect.row || r >= rect.row + rect.rows || c < rect.col || c >= rect.col + rect.cols) continue;
          count++;
          seen.add(x.numberFormat ?? "General");
        }
        if (count < rect.rows * rect.cols) seen.add("General");
        return seen.size === 1 ? [...seen][0] : null;
      },
      set NumberFormat(v: unknown) {
        writable(s);
        stats.formatWrites++;
        if (typeof v !== "string") throw new Error("Unable to set the NumberFormat property.");
        each(rect, (r, c) => (cell(s, r, c).numberFormat = v));
      },
      get MergeCells() {
        let covered = 0;
        for (const m of s.merges) {
          const top = Math.max(m.row, rect.row), bottom = Math.min(m.row + m.rows, rect.row + rect.rows);
          const left = Math.max(m.col, rect.col), right = Math.min(m.col + m.cols, rect.col + rect.cols);
          if (bottom > top && right > left) covered += (bottom - top) * (right - left);
        }
        return covered === 0 ? false : covered === rect.rows * rect.cols ? true : null;
      },
      get MergeArea() {
        const m = mergeOf(rect.row, rect.col);
        return range(s, m ?? { row: rect.row, col: rect.col, rows: 1, cols: 1 });
      },
      set ColumnWidth(w: number) {
        writable(s);
        for (let c = rect.col; c < rect.col + rect.cols; c++) s.columnWidths.set(c, w);
      },
      get ColumnWidth() { return s.columnWidths.get(rect.col) ?? 8.38; },
      get Left() { return position(s, rect).Left; },
      get Top() { return position(s, rect).Top; },
      get Width() { return position(s, rect).Width; },
      get Height() { return position(s, rect).Height; },
      set WrapText(v: boolean) { writable(s); each(rect, (r, c) => (cell(s, r, c).wrap = !!v)); },
      get WrapText() { return !!s.cells.get(cellKey(rect.row, rect.col))?.wrap; },
      set VerticalAlignment(v: number) { writable(s); each(rect, (r, c) => (cell(s, r, c).vAlign = v)); },
      get VerticalAlignment() { return s.cells.get(cellKey(rect.row, rect.col))?.vAlign ?? -4107; },
      get Font() { return font(s, rect, "fontColor"); },
      get Interior() { return font(s, rect, "fill"); },
      get FormatConditions() { return formatConditions(s, rect); },
      Select() {
        alive(s);
        if (model.active !== s) throw new Error("Select method of Range class failed.");
        s.selection = rect;
        return true;
      },
    };
  }

  function worksheet(s: WpsSheet): Record<string, unknown> {
    return {
      get Name() { alive(s); return s.name; },
      set Name(v: string) {
        alive(s);
        if (model.protectStructure) throw new Error("The workbook is protected.");
        const problem = model.nameProblem(v, s);
        if (problem) throw new Error(problem === "DUPLICATE" ? "That name is already taken. Try a different one." : problem);
        s.name = v;
      },
      get Visible() { return s.visible; },
      get ProtectContents() { return s.protected; },
      get Index() { return model.sheets.indexOf(s) + 1; },
      get UsedRange() {
        alive(s);
        return range(s, usedRect(s) ?? { row: 0, col: 0, rows: 1, cols: 1 });
      },
      get Cells() { return range(s, { row: 0, col: 0, rows: 1048576, cols: 16384 }); },
      ChartObjects() { return chartObjects(s, () => alive(s)); },
      get Hyperlinks() {
        return {
          get Count() { return [...s.cells.values()].filter((x) => x.link).length; },
          Add(anchor: { Row: number; Column: number }, address: string, subAddress?: string, _tip?: string, text?: string) {
            writable(s);
            const x = cell(s, anchor.Row - 1, anchor.Column - 1);
            x.link = { address: address ?? "", subAddress: subAddress ?? "" };
            if (text !== undefined) x.value = String(text);
            else if (x.value === null && !x.formula) x.value = subAddress || address;
            return {};
          },
        };
      },
      get Tab() {
        return { get Color(): number | false { return s.tabColor ?? false; }, set Color(v: number | false) { alive(s); s.tabColor = v === false ? null : v; } };
      },
      Range(address: string) {
        alive(s);
        stats.rangeCalls++;
        const rect = parseAddress(String(address));
        if (!rect) throw new Error(`Method 'Range' of object '_Worksheet' failed (${address}).`);
        return range(s, rect);
      },
      Activate() {
        alive(s);
        activate(s);
        return true;
      },
      Delete() {
        alive(s);
        if (model.protectStructure) throw new Error("The workbook is protected.");
        if (model.sheets.filter((x) => x.visible === -1 && x !== s).length === 0) throw new Error("A workbook must contain at least one visible worksheet.");
        if (displayAlerts) model.prompts++;
        const i = model.sheets.indexOf(s);
        model.sheets.splice(i, 1);
        if (model.active === s) model.active = model.sheets[Math.max(0, i - 1)];
        return true;
      },
    };
  }

  const byIndex = (index: number | string): WpsSheet => {
    const s = typeof index === "number" ? model.sheets[index - 1] : model.findSheet(String(index));
    if (!s) throw new Error("Subscript out of range.");
    return s;
  };
  const unwrap = (w: unknown): WpsSheet | null => {
    if (!w) return null;
    return byIndex((w as { Name: string }).Name);
  };

  const worksheets = {
    get Count() { return model.sheets.length; },
    Item(index: number | string) { return worksheet(byIndex(index)); },
    Add(before?: unknown, after?: unknown) {
      if (model.protectStructure) throw new Error("The workbook is protected.");
      let n = model.sheets.length + 1;
      while (model.findSheet(`Sheet${n}`)) n++;
      const s = createSheet(`Sheet${n}`);
      const b = unwrap(before), a = unwrap(after);
      const at = a ? model.sheets.indexOf(a) + 1 : b ? model.sheets.indexOf(b) : model.sheets.indexOf(model.active);
      model.sheets.splice(at, 0, s);
      activate(s);
      return worksheet(s);
    },
  };

  const props = {
    get Count() { return model.properties.size; },
    Item(index: number | string) {
      const name = typeof index === "number" ? [...model.properties.keys()][index - 1] : index;
      const p = name !== undefined ? model.properties.get(name) : undefined;
      if (name === undefined || !p) throw new Error("Invalid procedure call or argument.");
      return {
        Name: name,
        get Value() { return p.value; },
        set Value(v: unknown) { p.value = v; },
        Delete() { model.properties.delete(name); },
      };
    },
    Add(name: string, _link: boolean, type: number, value: unknown) {
      if (model.properties.has(name)) throw new Error("Invalid procedure call or argument.");
      if (type === 4 && String(value).length > 255) throw new Error("Invalid procedure call or argument.");
      model.properties.set(name, { value, type });
      return props.Item(name);
    },
  };

  const workbook = {
    get Name() { return model.name; },
    get Worksheets() { return worksheets; },
    get ActiveSheet() { return worksheet(model.active); },
    get ProtectStructure() { return model.protectStructure; },
    get CustomDocumentProperties() { return props; },
  };

  const window = {
    get FreezePanes() { return model.active.frozen.rows > 0 || model.active.frozen.cols > 0; },
    set FreezePanes(v: boolean) {
      model.active.frozen = v ? { rows: split.row, cols: split.col } : { rows: 0, cols: 0 };
    },
    get SplitRow() { return split.row; },
    set SplitRow(v: number) { split.row = v; },
    get SplitColumn() { return split.col; },
    set SplitColumn(v: number) { split.col = v; },
  };

  Object.defineProperties(app, {
    ActiveWorkbook: { get: () => workbook, enumerable: true },
    ActiveWindow: { get: () => window, enumerable: true },
    ActiveSheet: { get: () => worksheet(model.active), enumerable: true },
    ActiveCell: { get: () => range(model.active, { ...model.active.selection, rows: 1, cols: 1 }), enumerable: true },
    ScreenUpdating: { get: () => screenUpdating, set: (v: boolean) => (screenUpdating = !!v), enumerable: true },
    DisplayAlerts: { get: () => displayAlerts, set: (v: boolean) => (displayAlerts = !!v), enumerable: true },
  });

  return {
    model,
    app,
    stats,
    install(target = globalThis as unknown as Record<string, unknown>) {
      target.wps = { EtApplication: () => app };
      target.Application = app;
    },
  };
}
