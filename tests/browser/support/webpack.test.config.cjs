// The tests' one build of the pane: the project's webpack.config.js (production, as deployed) plus two more
// pages — excel-pane.html for tests/browser/excel-pane.test.ts, which loads the Office.js double
// (tests/browser/fake-office-install.ts, entry `office-double`) in place of office.js, and wps-pane.html for
// tests/browser/wps-pane.test.ts, which loads the WPS 表格 double (fake-wps-install.ts, entry `wps-double`: the
// `wps` / `Application` globals WPS gives an add-in page) — each then the very same taskpane.js as taskpane.html. taskpane.html, its first load and every other file are what `npm run build`
// writes; the browser suites and tests/foundation/build.test.ts share this one webpack run (support/build.ts).
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const base = require("../../../webpack.config.js");

const DOUBLE = path.resolve(__dirname, "..", "fake-office-install.ts");
const WPS_DOUBLE = path.resolve(__dirname, "..", "fake-wps-install.ts");
// webpack's own minimizer plugin (a dependency of webpack), driven by esbuild instead of terser.
const MinimizerPlugin = require(require.resolve("minimizer-webpack-plugin", { paths: [path.dirname(require.resolve("webpack/package.json"))] }));

module.exports = async function testConfig(env = {}, argv = {}) {
  const cfg = await base(env, argv);
  cfg.entry = { ...cfg.entry, "office-double": DOUBLE, "wps-double": WPS_DOUBLE };
  const pane = cfg.plugins.find((p) => p instanceof HtmlWebpackPlugin);
  if (!pane) throw new Error("webpack.config.js has no HtmlWebpackPlugin for taskpane.html");
  cfg.plugins.push(
    new HtmlWebpackPlugin({
      ...pane.userOptions,
      filename: "excel-pane.html",
      // The double first: it must be in place when the pane's bootstrap asks for Office.
      chunks: ["office-double", "taskpane"],
      chunksSortMode: "manual",
      templateParameters: { ...pane.userOptions.templateParameters, officeJsUrl: null },
    }),
    new HtmlWebpackPlugin({
      ...pane.userOptions,
      filename: "wps-pane.html",
      // As in WPS: its globals are there before the page's own scripts run; no office.js.
      chunks: ["wps-double", "taskpane"],
      chunksSortMode: "manual",
      templateParameters: { ...pane.userOptions.templateParameters, officeJsUrl: null },
    }),
  );
  // Minified by esbuild rather than terser: the same kind of output (what the tests check — chunks, hashes,
  // first-load contents, sizes within their budgets) for a fraction of the CPU; terser's pass over exceljs and
  // Fluent UI was most of the build's time, and on a loaded 2-core machine ran past the build timeout.
  if (cfg.mode !== "development") cfg.optimization = { ...cfg.optimization, minimizer: [new MinimizerPlugin({ minify: MinimizerPlugin.esbuildMinify })] };
  // Its own persistent-cache entry, apart from `npm run build`'s.
  if (cfg.cache && typeof cfg.cache === "object") cfg.cache = { ...cfg.cache, name: `${cfg.cache.name}-tests`, buildDependencies: { config: [__filename, ...cfg.cache.buildDependencies.config] } };
  return cfg;
};
