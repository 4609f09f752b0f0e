/**
 * Production builds of the pane for tests, with the project's webpack.config.js wrapped by
 * webpack.test.config.cjs (which adds excel-pane.html: the same pane over the Office.js double), each into its
 * own folder under tests/.out/builds/ (never dist/). One build serves every suite that needs one (the browser
 * suites and tests/foundation/build.test.ts all call buildPane() with the defaults): it is made once and reused
 * while none of its inputs changed (sources, assets, manifest, webpack/ts config, lock file, the double); test
 * files running in parallel wait for each other's build through a lock directory instead of building twice.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";

// The implementation is CommonJS (build-core.cjs) so jest's test sequencer can start stale builds early.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require("./build-core.cjs") as {
  REPO: string;
  DEFAULT_BASE_URL: string;
  buildPane(opts: BuildOptions): Promise<string>;
};

export const REPO: string = core.REPO;
export const DEFAULT_BASE_URL: string = core.DEFAULT_BASE_URL;

export interface BuildOptions {
  /**
   * ADDIN_BASE_URL (default https://example.org/x/: a deployed build, no localhost). Pages use relative URLs,
   * so the same build serves from 127.0.0.1 in tests; keep the default so test files share one build.
   */
  baseUrl?: string;
  /** OFFICE_JS: local (default), cdn, cn, none. */
  officeJs?: "local" | "cdn" | "cn" | "none";
  /** PANE_ENTRY: another entry module (absolute or repository-relative), e.g. a test entry with a fake Office. */
  entry?: string;
  /** ADDIN_TARGET: office (default) or wps (`npm run build:wps`'s folder). */
  target?: "office" | "wps";
  /** WPS_BASE_URL for a wps build's sample jsplugins.xml. */
  wpsBaseUrl?: string;
  /** webpack mode (default production; development builds faster). */
  mode?: "production" | "development";
  /** Folder name under tests/.out/builds (default: derived from the options). */
  name?: string;
  /** Give up after this long (default 8 minutes). */
  timeoutMs?: number;
}

/** Build (or reuse) a production bundle; resolves with its folder. */
export function buildPane(opts: BuildOptions = {}): Promise<string> {
  return core.buildPane(opts);
}

export interface FirstLoad {
  /** Files the page loads before any dynamic import(), relative to the build folder (office.js excluded). */
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/**
 * The pane's own first-load JS and CSS: the scripts and stylesheets taskpane.html references from the build
 * (office.js, a copy of Microsoft's library, is reported separately by callers if they want it).
 */
export function measureFirstLoad(dir: string, page = "taskpane.html"): FirstLoad {
  const html = fs.readFileSync(path.join(dir, page), "utf8");
  const refs = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)"?/g), ...html.matchAll(/<link[^>]*rel="?stylesheet"?[^>]*\shref="?([^"\s>]+)"?/g)]
    .map((m) => m[1])
    .filter((src) => !/^https?:/i.test(src) && !/(^|\/)office-js\//.test(src));
  let bytes = 0;
  let gzipBytes = 0;
  for (const f of refs) {
    const body = fs.readFileSync(path.join(dir, f));
    bytes += body.length;
    gzipBytes += zlib.gzipSync(body, { level: 9 }).length;
  }
  return { files: refs, bytes, gzipBytes };
}
