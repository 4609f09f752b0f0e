/**
 * The WPS add-in build the tests share (tests/foundation/build-wps.test.ts checks its files, the pane-in-WPS
 * browser test drives its pane): `npm run build:wps`'s target in development mode, built once while its inputs
 * are unchanged; and the double of WPS 表格 bundled as a script the browser runs before the pane's own (as WPS
 * injects `wps` and `Application` into its pages).
 */
import * as path from "node:path";
import type { BuildOptions } from "./build";
import { REPO } from "./build";

export const WPS_BUILD: BuildOptions & { wpsBaseUrl: string } = {
  target: "wps",
  mode: "development",
  officeJs: "none",
  wpsBaseUrl: "http://oa.example.test/wps/breakdown/",
  name: "wps-dev",
};

/** A test entry (e.g. tests/browser/fake-wps-init.ts) as one classic script for page.addInitScript. */
export async function bundleInitScript(entry: string): Promise<string> {
  // esbuild comes with tsx (a devDependency): bundling the double takes well under a second.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const esbuild = require("esbuild") as typeof import("esbuild");
  const out = await esbuild.build({
    entryPoints: [path.resolve(REPO, entry)],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    charset: "utf8",
    logLevel: "silent",
  });
  return out.outputFiles[0].text;
}

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
