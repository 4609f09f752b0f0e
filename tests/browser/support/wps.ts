/**
 * `npm run build:wps`'s target as tests/foundation/build-wps.test.ts builds it (development mode, built once while
 * its inputs are unchanged), and what the pane-in-WPS page (wps-pane.html, tests/browser/fake-wps-install.ts)
 * reports of the WPS 表格 double's workbook.
 */
import type { BuildOptions } from "./build";

// One definition, in build-core.cjs, which jest's test sequencer reads too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const WPS_BUILD = (require("./build-core.cjs") as { WPS_BUILD: BuildOptions & { wpsBaseUrl: string } }).WPS_BUILD;

type Cell = string | number | boolean | null;

/** What the double's workbook holds, as the page reports it through `window.__fakeWps()`. */
export interface WpsWorkbookView {
  sheets: string[];
  active: string;
  /** Row 2 of the table sheet (its header). */
  headerRow: Cell[];
  /** The table sheet's formula rules in priority order, colours "#RRGGBB". */
  rules: { range: string; formula: string; fill: string | null; font: string | null }[];
  /** A1:A2 of every sheet. */
  firstRows: Record<string, Cell[]>;
  /** Number formats of the table's column F (规范时限, right of the five columns) on the task rows, by row. */
  dueFormats: Record<number, string | null>;
  /** The 规范时限 values on the task rows, by row. */
  dueValues: Record<number, Cell>;
  /** Hyperlink targets on the overview sheet. */
  overviewLinks: string[];
  selection: { sheet: string; row: number; col: number } | null;
  properties: Record<string, unknown>;
  /** Sheet deletions that would have asked the user. */
  prompts: number;
  valueWrites: number;
}

export interface FakeWpsWindow {
  __fakeWps: () => WpsWorkbookView;
}
