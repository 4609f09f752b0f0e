// The tests' builds of the pane (see build.ts, which gives them types): made once and reused while none of their
// inputs changed, behind a lock directory so test processes never build the same folder twice at a time.
// CommonJS so that jest's test sequencer (tests/support/sequencer.cjs, in jest's own process, before any test
// file runs) can tell which builds are stale and start them in a background process (`node build-core.cjs
// <options JSON> …`) while the suites that need no build run; a suite that needs a build then waits on its lock
// and finds it fresh.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawn } = require("node:child_process");

const REPO = path.resolve(__dirname, "..", "..", "..");
const BUILDS = path.join(REPO, "tests", ".out", "builds");
const TEST_CONFIG = path.join(__dirname, "webpack.test.config.cjs");
const DEFAULT_BASE_URL = "https://example.org/x/";

/** `npm run build:wps`'s target as tests/foundation/build-wps.test.ts builds it (development mode: cheaper). */
const WPS_BUILD = {
  target: "wps",
  mode: "development",
  officeJs: "none",
  wpsBaseUrl: "http://oa.example.test/wps/breakdown/",
  name: "wps-dev",
};

function newestMtime(p) {
  let st;
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

function inputsStamp(entry) {
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

/** The options with their defaults, and the folder they build into. */
function resolveBuild(opts = {}) {
  opts = { ...opts, baseUrl: opts.baseUrl ?? DEFAULT_BASE_URL };
  const name =
    opts.name ??
    [
      "pane",
      opts.target === "wps" ? "wps" : "",
      opts.mode === "development" ? "dev" : "",
      opts.officeJs ?? "local",
      opts.baseUrl === DEFAULT_BASE_URL ? "" : opts.baseUrl.replace(/[^a-z0-9]+/gi, "_"),
      opts.entry ? path.basename(opts.entry).replace(/\W+/g, "_") : "",
    ]
      .filter(Boolean)
      .join("-");
  const outDir = path.join(BUILDS, name);
  return { opts, outDir, lock: `${outDir}.lock`, stampFile: path.join(outDir, ".build-stamp") };
}

/** Whether a build with these options is there and made from the current inputs. */
function isFresh(options = {}) {
  const { opts, outDir, stampFile } = resolveBuild(options);
  const stamp = JSON.stringify({ inputs: inputsStamp(opts.entry), opts });
  try {
    return fs.readFileSync(stampFile, "utf8") === stamp && fs.existsSync(path.join(outDir, "taskpane.html"));
  } catch {
    return false;
  }
}

function runWebpack(outDir, opts, firstBuild) {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO] });
  const env = { ...process.env, DIST_DIR: outDir, OFFICE_JS: opts.officeJs ?? "local" };
  env.ADDIN_BASE_URL = opts.baseUrl ?? DEFAULT_BASE_URL;
  if (opts.entry) env.PANE_ENTRY = path.resolve(REPO, opts.entry);
  else delete env.PANE_ENTRY;
  env.ADDIN_TARGET = opts.target ?? "office";
  if (opts.wpsBaseUrl) env.WPS_BASE_URL = opts.wpsBaseUrl;
  else delete env.WPS_BASE_URL;
  return new Promise((resolve, reject) => {
    // A wps build is the product's own (`npm run build:wps`), without the tests' extra pages.
    const config = opts.target === "wps" ? path.join(REPO, "webpack.config.js") : TEST_CONFIG;
    const args = [cli, "--config", config, "--mode", opts.mode ?? "production"];
    // The first build of a folder (a fresh clone, CI) skips webpack's persistent cache: writing it costs a
    // quarter of the build's CPU time and nothing reads it in that run. Rebuilds (sources changed since the
    // last build here) keep it, so a developer's later rebuilds take seconds.
    if (firstBuild) args.push("--no-cache");
    const child = spawn(process.execPath, args, { cwd: REPO, env, stdio: ["ignore", "pipe", "pipe"] });
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

function lockIsStale(lock) {
  try {
    const pid = Number(fs.readFileSync(path.join(lock, "pid"), "utf8"));
    if (!pid) return Date.now() - fs.statSync(lock).mtimeMs > 60_000; // pid not written yet, or never
    process.kill(pid, 0);
    return false;
  } catch (e) {
    const code = e && e.code;
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

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Build (or reuse) a bundle; resolves with its folder. */
async function buildPane(options = {}) {
  const { opts, outDir, lock, stampFile } = resolveBuild(options);
  fs.mkdirSync(BUILDS, { recursive: true });

  const deadline = Date.now() + (opts.timeoutMs ?? 8 * 60_000) + 60_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, "pid"), String(process.pid));
      break;
    } catch {
      // Another process is building it. A lock whose process is gone (a killed run) is removed.
      if (lockIsStale(lock)) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${lock}`);
      await sleep(250);
    }
  }
  try {
    const stamp = JSON.stringify({ inputs: inputsStamp(opts.entry), opts });
    if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === stamp && fs.existsSync(path.join(outDir, "taskpane.html")))
      return outDir;
    const firstBuild = !fs.existsSync(stampFile);
    fs.rmSync(outDir, { recursive: true, force: true });
    await runWebpack(outDir, opts, firstBuild);
    fs.writeFileSync(stampFile, stamp);
    return outDir;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Make these builds, one after the other, in a background Node process; returns at once. Started by the
 * sequencer before jest starts any test file, the process holds each build's lock while it builds, so the suites
 * that need a build wait for it (or, should one come first, build it themselves and the process finds it fresh). A failed build leaves no stamp: the suite's own buildPane()
 * then builds again and reports webpack's error.
 */
function startBuilds(list) {
  const child = spawn(process.execPath, [__filename, ...list.map((o) => JSON.stringify(o))], { cwd: REPO, stdio: "ignore" });
  child.unref();
  return child;
}

if (require.main === module) {
  (async () => {
    let failed = false;
    for (const arg of process.argv.slice(2)) {
      try {
        await buildPane(JSON.parse(arg));
      } catch (e) {
        failed = true;
        process.stderr.write(`${e && e.message}\n`);
      }
    }
    process.exit(failed ? 1 : 0);
  })();
}

module.exports = { REPO, DEFAULT_BASE_URL, WPS_BUILD, buildPane, isFresh, resolveBuild, startBuilds };
