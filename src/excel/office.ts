/**
 * What the adapter needs of the Office.js globals, as narrow types over @types/office-js, so the adapter can
 * be handed the real `Excel`/`Office` or the test double (tests/support/fake-excel).
 */
export interface ExcelRunner {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

export interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown; error?: unknown }) => void): void;
}

export interface OfficeLike {
  context: {
    displayLanguage?: string;
    requirements: { isSetSupported(name: string, minVersion?: string): boolean };
    document: { url?: string; settings: OfficeSettings };
  };
}

/** Which newer APIs this Excel has (checked once per run with Office.context.requirements). */
export interface Capabilities {
  /** ExcelApi 1.2: worksheet.protection. */
  protection: boolean;
  /** ExcelApi 1.6: custom conditional formats, suspendApiCalculationUntilNextSync. */
  conditionalFormats: boolean;
  suspendCalculation: boolean;
  /** ExcelApi 1.7: hyperlinks, freeze panes, tab colours. */
  hyperlinks: boolean;
  freezePanes: boolean;
  tabColor: boolean;
  /** ExcelApi 1.7: a chart's category axis from a range of its own (series.setXAxisValues), reversePlotOrder. */
  charts: boolean;
  /** ExcelApi 1.8: where the other axis crosses a chart axis (axis.position). */
  chartAxisPosition: boolean;
  /** ExcelApi 1.9: suspendScreenUpdatingUntilNextSync. */
  suspendScreen: boolean;
  /** ExcelApi 1.9: range.getColumnProperties (which columns are hidden). */
  columnProperties: boolean;
  /** ExcelApi 1.13: getMergedAreasOrNullObject. */
  mergedAreas: boolean;
}

export function capabilities(office: OfficeLike): Capabilities & { base: boolean } {
  const has = (v: string): boolean => {
    try {
      return office.context.requirements.isSetSupported("ExcelApi", v);
    } catch {
      return false;
    }
  };
  return {
    base: has("1.1"),
    protection: has("1.2"),
    conditionalFormats: has("1.6"),
    suspendCalculation: has("1.6"),
    hyperlinks: has("1.7"),
    freezePanes: has("1.7"),
    tabColor: has("1.7"),
    charts: has("1.7"),
    chartAxisPosition: has("1.8"),
    suspendScreen: has("1.9"),
    columnProperties: has("1.9"),
    mergedAreas: has("1.13"),
  };
}
