/**
 * The project's top level keeps its promises: the scripts the official add-in templates name, the README's two
 * commands run by CI exactly, icons at their sizes, no native-module dependency that breaks `npm ci` on Linux.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";

const REPO = path.resolve(__dirname, "..", "..");
const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const readme = fs.readFileSync(path.join(REPO, "README.md"), "utf8");
const ci = fs.readFileSync(path.join(REPO, ".ci", "run"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { pngSize } = require(path.join(REPO, "scripts", "validate-manifest.cjs")) as {
  pngSize(file: string): { width: number; height: number } | null;
};

test.each([
  ["start", "node scripts/start.cjs"],
  ["build", "webpack --mode production"],
  ["validate", "node scripts/validate-manifest.cjs"],
  ["validate:online", "office-addin-manifest validate manifest.xml"],
  ["lint", "eslint ."],
  ["typecheck", "tsc --noEmit -p tsconfig.json && tsc --noEmit -p tsconfig.core.json"],
  ["test", "node scripts/check.cjs && jest"],
  ["bench", "tsx bench/run.ts"],
  ["cli", "node scripts/build-cli.cjs --if-stale --quiet && node bin/breakdown.cjs"],
  ["build:cli", "node scripts/build-cli.cjs"],
  ["prepare", "node scripts/build-cli.cjs"],
])("npm run %s is `%s`", (name, command) => {
  expect(pkg.scripts[name]).toBe(command);
});

test("npm test's checks (scripts/check.cjs, side by side) are exactly npm run lint's and npm run typecheck's commands", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { checkCommands } = require(path.join(REPO, "scripts", "check.cjs")) as { checkCommands(): string[] };
  expect(checkCommands()).toEqual(["eslint .", "tsc --noEmit -p tsconfig.json", "tsc --noEmit -p tsconfig.core.json"]);
  expect([...checkCommands()].sort()).toEqual([pkg.scripts.lint, ...pkg.scripts.typecheck.split(" && ")].sort());
});

test("the package's bin is `breakdown`", () => {
  expect(Object.keys(pkg.bin)).toEqual(["breakdown"]);
  expect(fs.existsSync(path.join(REPO, pkg.bin.breakdown))).toBe(true);
});

test("README gives the two commands and CI runs the test command exactly", () => {
  expect(readme).toContain("npm ci && npm start");
  expect(readme).toContain("npm ci && npm test");
  const lines = ci.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("#"));
  expect(ci.startsWith("#!/usr/bin/env bash\n")).toBe(true);
  expect(lines).toContain("set -euo pipefail");
  expect(lines[lines.length - 1]).toBe("npm ci && npm test");
  for (const p of ["chromium", "libxml2-utils", "fonts-noto-cjk", "libreoffice-calc", "libreoffice-writer"]) expect(ci).toContain(p);
  expect(fs.statSync(path.join(REPO, ".ci", "run")).mode & 0o111).not.toBe(0);
  expect(spawnSync("bash", ["-n", path.join(REPO, ".ci", "run")]).status).toBe(0);
});

test("office-addin-debugging is run through npx, never installed (its keytar peer breaks npm ci on Linux)", () => {
  expect({ ...pkg.dependencies, ...pkg.devDependencies }).not.toHaveProperty("office-addin-debugging");
  expect(fs.readFileSync(path.join(REPO, "scripts", "start.cjs"), "utf8")).toContain("office-addin-debugging@6");
  expect(readme).toMatch(/keytar/);
});

test.each([16, 32, 64, 80, 128])("assets/icon-%i.png is a PNG of that size", (size) => {
  expect(pngSize(path.join(REPO, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
});

test("the page template mounts the pane at #root and loads office.js before the bundle", () => {
  const html = fs.readFileSync(path.join(REPO, "src", "taskpane", "taskpane.html"), "utf8");
  expect(html).toContain('<div id="root"></div>');
  expect(html).toContain("Content-Security-Policy");
  expect(html).toMatch(/<script src="<%= officeJsUrl %>"><\/script>/);
  // The old-web-view notice comes first, before anything that could fail to parse there.
  expect(html.indexOf("assets/legacy-webview.js")).toBeGreaterThan(0);
  expect(html.indexOf("assets/legacy-webview.js")).toBeLessThan(html.indexOf("officeJsUrl %>\"></script>"));
});
