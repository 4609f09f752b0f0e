/**
 * The part of the WPS 表格 (ET) object model this adapter uses, as narrow interfaces, so the adapter can be handed
 * the real `Application` of a WPS add-in page or the test double (tests/support/fake-wps).
 *
 * Member names are those declared in the `wps-jsapi` package (Kingsoft's TypeScript description of the jsapi,
 * lib.et.d.ts / lib.kso.d.ts). That package is not a dependency: its declarations are generated from the COM
 * type library and give most members the wrong shape for TypeScript (methods returning `void` with an `RHS`
 * parameter, `Range.Value2: number`, `Worksheet.UsedRange: number`). The shapes below — what a call returns,
 * 1-based `Item`, 2-D arrays from `Value2` — follow the Excel VBA reference the ET model mirrors. Marked
 * "inferred" where neither source says it for the JavaScript bridge.
 */

/** XlFormatConditionType.xlExpression. */
export const XL_EXPRESSION = 2;
/** XlVAlign.xlVAlignTop. */
export const XL_VALIGN_TOP = -4160;
/** XlChartType.xlBarClustered; XlRowCol.xlColumns; XlAxisType.xlCategory / xlValue; XlAxisCrosses.xlAxisCrossesMaximum. */
export const XL_BAR_CLUSTERED = 57;
export const XL_COLUMNS = 2;
export const XL_CATEGORY = 1;
export const XL_VALUE = 2;
export const XL_CROSSES_MAXIMUM = 2;
/** MsoDocProperties.msoPropertyTypeString. */
export const MSO_PROPERTY_TYPE_STRING = 4;

export type EtValue = string | number | boolean | null | undefined;

export interface EtFont {
  Bold: boolean;
  Italic: boolean;
  Size: number;
  /** BGR long (red + green·256 + blue·65536). */
  Color: number;
}

export interface EtInterior {
  /** BGR long. */
  Color: number;
}

export interface EtFormatCondition {
  /** XlFormatConditionType (2: xlExpression). */
  readonly Type: number;
  /** The formula with its leading "=", relative to the top-left cell of AppliesTo. */
  readonly Formula1: string;
  readonly AppliesTo: EtRange;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  Delete(): void;
  SetLastPriority(): void;
}

export interface EtFormatConditions {
  readonly Count: number;
  /** 1-based. */
  Item(index: number): EtFormatCondition;
  /**
   * Add(Type, Operator, Formula1). As in Excel, relative references in Formula1 are read relative to the active
   * cell (VBA reference; inferred for ET): the adapter selects the range's top-left cell first.
   */
  Add(type: number, operator?: unknown, formula1?: string): EtFormatCondition;
}

export interface EtHyperlinks {
  readonly Count: number;
  /** Add(Anchor, Address, SubAddress): an in-workbook link when Address is "" and SubAddress "'Sheet'!A1". */
  Add(anchor: EtRange, address: string, subAddress?: string): unknown;
}

export interface EtRange {
  /** 1-based first row / column. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** A 2-D array (rows of cells) for a range of more than one cell, the value itself for one cell (inferred). */
  Value2: unknown;
  /** Setting it writes a formula ("=…"). */
  Formula: unknown;
  /** One format for every cell; null when the cells' formats differ (VBA; inferred for ET). */
  NumberFormat: unknown;
  /** True: every cell is merged; false: none; null: some (VBA; inferred for ET). */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  ColumnWidth: number;
  /** Position and size in points (VBA; inferred for ET): where a chart over these cells goes. */
  readonly Left: number;
  readonly Top: number;
  readonly Width: number;
  readonly Height: number;
  WrapText: boolean;
  VerticalAlignment: number;
  readonly Font: EtFont;
  readonly Interior: EtInterior;
  readonly FormatConditions: EtFormatConditions;
  Select(): unknown;
}

export interface EtWorksheet {
  Name: string;
  /** -1 (xlSheetVisible) for a visible sheet; 0 hidden, 2 very hidden. */
  readonly Visible: number | boolean;
  readonly ProtectContents: boolean;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Hyperlinks: EtHyperlinks;
  readonly Tab: { Color: number };
  Range(address: string): EtRange;
  /** The sheet's embedded charts (VBA Worksheet.ChartObjects(); inferred for ET). */
  ChartObjects(): EtChartObjects;
  Activate(): unknown;
  Delete(): unknown;
}

/** An embedded chart, as VBA has it (inferred for ET): ChartObjects().Add(Left, Top, Width, Height).Chart. */
export interface EtChartObjects {
  readonly Count: number;
  Add(left: number, top: number, width: number, height: number): { Name: string; readonly Chart: EtChart };
}

export interface EtChart {
  ChartType: number;
  SetSourceData(source: EtRange, plotBy?: number): unknown;
  HasTitle: boolean;
  readonly ChartTitle: { Text: string };
  HasLegend: boolean;
  SeriesCollection(index: number): EtSeries;
  Axes(type: number): EtAxis;
}

export interface EtSeries {
  /** The category labels: a range. */
  XValues: unknown;
  HasDataLabels: boolean;
  readonly Interior: EtInterior;
}

export interface EtAxis {
  ReversePlotOrder: boolean;
  /** Where the other axis crosses this one (XlAxisCrosses). */
  Crosses: number;
  MinimumScale: number;
  MaximumScale: number;
  MajorUnit: number;
}

export interface EtSheets {
  readonly Count: number;
  /** By 1-based index or by name; throws when there is no such sheet. */
  Item(index: number | string): EtWorksheet;
  /** Add(Before, After): the new sheet, which becomes the active one. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtDocumentProperty {
  readonly Name: string;
  Value: unknown;
  Delete(): void;
}

export interface EtDocumentProperties {
  readonly Count: number;
  /** 1-based index or name. */
  Item(index: number | string): EtDocumentProperty;
  /** Add(Name, LinkToContent, Type, Value). */
  Add(name: string, linkToContent: boolean, type: number, value: unknown): EtDocumentProperty;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtSheets;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ProtectStructure?: boolean;
  readonly CustomDocumentProperties: EtDocumentProperties;
}

export interface EtWindow {
  FreezePanes: boolean;
  SplitRow: number;
  SplitColumn: number;
}

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  /** The active cell of the active sheet (null when none, e.g. a chart sheet is active). */
  readonly ActiveCell: EtRange | null;
  readonly ActiveWindow: EtWindow | null;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
}

/** "#RRGGBB" → the BGR long Interior.Color / Font.Color / Tab.Color take. */
export function bgr(hex: string): number {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return 0;
  return parseInt(m[1], 16) + parseInt(m[2], 16) * 256 + parseInt(m[3], 16) * 65536;
}

/** BGR long → "#RRGGBB". */
export function hexOfBgr(color: number): string {
  const r = color & 0xff;
  const g = (color >> 8) & 0xff;
  const b = (color >> 16) & 0xff;
  return `#${[r, g, b].map((x) => x.toString(16).padStart(2, "0")).join("")}`.toUpperCase();
}

/** Value2 of a range → rows × cols, whatever the bridge returned (a 2-D array, one value, or nothing). */
export function grid(value: unknown, rows: number, cols: number): EtValue[][] {
  const out: EtValue[][] = [];
  if (Array.isArray(value)) {
    for (let i = 0; i < rows; i++) {
      const row: unknown = value[i];
      const r = Array.isArray(row) ? row : i === 0 && rows === 1 ? value : [];
      out.push(Array.from({ length: cols }, (_, j) => r[j] as EtValue));
    }
    return out;
  }
  for (let i = 0; i < rows; i++) out.push(Array.from({ length: cols }, (_, j) => (i === 0 && j === 0 ? (value as EtValue) : null)));
  return out;
}
