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
import { spawn } from "node:child_process";

export const REPO = path.resolve(__dirname, "..", "..", "..");
const BUILDS = path.join(REPO, "tests", ".out", "builds");
const TEST_CONFIG = path.join(__dirname, "webpack.test.config.cjs");
export const DEFAULT_BASE_URL = "https://example.org/x/";

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

function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) if (e !== ".out" && e !== "node_modules") newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

function inputsStamp(entry: string | undefined): string {
  const inputs = [
    "src",
    "assets",
    "manifest.xml",
    "webpack.config.js",
    "tsconfig.json",
    "package-lock.json",
    "scripts",
    // excel-pane.html's Office.js double and what it imports.
    "tests/browser/support/webpack.test.config.cjs",
    "tests/browser/fake-office-install.ts",
    "tests/browser/fake-office-table.ts",
    "tests/browser/support/fake-workbook.ts",
    "tests/support",
  ].map((p) => path.join(REPO, p));
  // A test entry (e.g. one installing a double of Office) may import anything under tests/.
  if (entry) inputs.push(path.join(REPO, "tests"), path.resolve(REPO, entry));
  return String(Math.max(...inputs.map(newestMtime)));
}

function runWebpack(outDir: string, opts: BuildOptions): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO] });
  const env: NodeJS.ProcessEnv = { ...process.env, DIST_DIR: outDir, OFFICE_JS: opts.officeJs ?? "local" };
  env.ADDIN_BASE_URL = opts.baseUrl ?? DEFAULT_BASE_URL;
  if (opts.entry) env.PANE_ENTRY = path.resolve(REPO, opts.entry);
  else delete env.PANE_ENTRY;
  env.ADDIN_TARGET = opts.target ?? "office";
  if (opts.wpsBaseUrl) env.WPS_BASE_URL = opts.wpsBaseUrl;
  else delete env.WPS_BASE_URL;
  return new Promise((resolve, reject) => {
    // A wps build is the product's own (`npm run build:wps`), without the tests' extra pages.
    const config = opts.target === "wps" ? path.join(REPO, "webpack.config.js") : TEST_CONFIG;
    const child = spawn(process.execPath, [cli, "--config", config, "--mode", opts.mode ?? "production"], { cwd: REPO, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 8 * 60_000);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("exit", (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`webpack failed (${signal ?? `exit ${code}`}):\n${output.slice(-6000)}`));
    });
  });
}

function lockIsStale(lock: string): boolean {
  try {
    const pid = Number(fs.readFileSync(path.join(lock, "pid"), "utf8"));
    if (!pid) return Date.now() - fs.statSync(lock).mtimeMs > 60_000; // pid not written yet, or never
    process.kill(pid, 0);
    return false;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ESRCH") return true; // that process no longer exists
    if (code === "ENOENT") {
      try {
        return Date.now() - fs.statSync(lock).mtimeMs > 60_000;
      } catch {
        return false; // the lock itself is gone: try again
      }
    }
    return false;
  }
}

async function sleep(ms: number): Promise<void> {
  await new Promise((r) => setTimeout(r, ms));
}

/** Build (or reuse) a production bundle; resolves with its folder. */
export async function buildPane(opts: BuildOptions = {}): Promise<string> {
  opts = { ...opts, baseUrl: opts.baseUrl ?? DEFAULT_BASE_URL };
  const name =
    opts.name ??
    [
      "pane",
      opts.target === "wps" ? "wps" : "",
      opts.mode === "development" ? "dev" : "",
      opts.officeJs ?? "local",
      opts.baseUrl === DEFAULT_BASE_URL ? "" : opts.baseUrl!.replace(/[^a-z0-9]+/gi, "_"),
      opts.entry ? path.basename(opts.entry).replace(/\W+/g, "_") : "",
    ]
      .filter(Boolean)
      .join("-");
  const outDir = path.join(BUILDS, name);
  const lock = `${outDir}.lock`;
  const stampFile = path.join(outDir, ".build-stamp");
  fs.mkdirSync(BUILDS, { recursive: true });

  const deadline = Date.now() + (opts.timeoutMs ?? 8 * 60_000) + 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch {
      // Another test process is building it. A lock whose process is gone (a killed run) is removed.
      if (lockIsStale(lock)) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lock}`);
      await sleep(500);
    }
  }
  try {
    const stamp = JSON.stringify({ inputs: inputsStamp(opts.entry), opts });
    if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp && fs.existsSync(path.join(outDir, "taskpane.html")))
      return outDir;
    fs.rmSync(outDir, { recursive: true, force: true });
    await runWebpack(outDir, opts);
    fs.writeFileSync(stampFile, stamp);
    return outDir;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
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
