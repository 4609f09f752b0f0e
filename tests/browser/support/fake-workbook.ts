/**
 * What the pane-in-Excel test build (tests/browser/fake-office-install.ts) tells the test about the Office.js
 * double's workbook, through `window.__fakeWorkbook()`. Types only: the entry sets it, the test reads it.
 */
type Cell = string | number | boolean | null;

export interface WorkbookView {
  sheets: string[];
  headerRow: Cell[];
  rules: { formula: string | null; fill: string | null }[];
  firstRows: Record<string, Cell[]>;
  syncs: number;
  selection: { sheet: string; row: number; col: number } | null;
  savedSettings: Record<string, unknown>;
}

/** The page's window with the entry's report on it. */
export interface FakeWorkbookWindow {
  __fakeWorkbook: () => WorkbookView;
}
