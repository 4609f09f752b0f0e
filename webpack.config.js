// webpack: the task pane (src/taskpane/index.tsx → taskpane.html + hashed chunks), the icons and other assets,
// the manifest (URLs rewritten to ADDIN_BASE_URL) and, by default, a local copy of office.js.
//
// Exported as a function of (env, argv) so tests and other entries can build it with the Node API:
//   require("./webpack.config.js")({ distDir, baseUrl, officeJs, entry }, { mode: "production" })
// Options (each from env first, then the environment variable):
//   distDir   DIST_DIR        output folder (default dist/); tests build into their own folders
//   baseUrl   ADDIN_BASE_URL  where the add-in is served (default https://localhost:3000/); used in manifest.xml
//   officeJs  OFFICE_JS       local (default: copy @microsoft/office-js to office-js/), cdn (Microsoft's CDN),
//                             cn (the 21Vianet CDN of Office 365 operated in China), none (no office.js: tests
//                             that install a double of Office)
//   entry     PANE_ENTRY      the pane's entry module (default src/taskpane/index.tsx)
//   target    ADDIN_TARGET    office (default: the Office add-in) or wps (`npm run build:wps`: the WPS 加载项
//                             folder an administrator publishes — ribbon.xml, index.html, the pane, assets and a
//                             sample jsplugins.xml; no manifest, no office.js; default folder dist-wps/)
//   wpsBaseUrl WPS_BASE_URL   (wps) where that folder is served, for the sample jsplugins.xml
"use strict";
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const ROOT = __dirname;
const DEV_BASE_URL = "https://localhost:3000/";
const DEV_PORT = 3000;
const OFFICE_JS_CDN = {
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  cn: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
};
const OFFICE_JS_DIST = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");

function option(env, key, envVar, fallback) {
  const v = env[key] !== undefined && env[key] !== true ? env[key] : process.env[envVar];
  return v === undefined || v === "" ? fallback : String(v);
}

/** The base URL, validated and with exactly one trailing slash. */
function normaliseBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ADDIN_BASE_URL 不是一个网址："${raw}"。例如 ADDIN_BASE_URL=https://oa.example.gov.cn/addin/`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_BASE_URL 必须以 https:// 开头（Office 只加载 https 的加载项）："${raw}"`);
  if (url.search || url.hash) throw new Error(`ADDIN_BASE_URL 不能带 ? 或 #："${raw}"`);
  return url.href.replace(/\/*$/, "/");
}

/** manifest.xml with every development URL moved under baseUrl. */
function rewriteManifest(xml, baseUrl) {
  return xml.split(DEV_BASE_URL).join(baseUrl);
}

/** Content-Security-Policy for taskpane.html: nothing beyond the page's own origin (and the CDN if chosen). */
function contentSecurityPolicy({ officeJs, dev }) {
  const cdnOrigin = OFFICE_JS_CDN[officeJs] ? new URL(OFFICE_JS_CDN[officeJs]).origin : null;
  const script = ["'self'", cdnOrigin].filter(Boolean).join(" ");
  // The dev server's live-reload socket: 'self' covers ws/wss in CSP3 browsers; older WebViews need it named.
  const connect = ["'self'", dev ? `wss://localhost:${DEV_PORT} ws://localhost:${DEV_PORT}` : null].filter(Boolean).join(" ");
  return [
    "default-src 'self'",
    `script-src ${script}`,
    // Fluent UI v9 (griffel) injects <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Files office.js loads relative to itself: everything in its dist/ except the debug builds and IDE typings. */
function officeJsFilter(file) {
  const name = path.basename(file);
  return !/\.debug\.js$/.test(name) && !/\.d\.ts$/.test(name) && !/vsdoc/i.test(name);
}

const WPS_SAMPLE_BASE_URL = "http://oa.example.gov.cn/wps/breakdown/";

/** The WPS add-in's address: http or https (intranet servers often have no certificate), one trailing slash. */
function normaliseWpsBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`WPS_BASE_URL 不是一个网址："${raw}"。例如 WPS_BASE_URL=http://oa.example.gov.cn/wps/breakdown/`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error(`WPS_BASE_URL 必须以 http:// 或 https:// 开头："${raw}"`);
  if (url.search || url.hash) throw new Error(`WPS_BASE_URL 不能带 ? 或 #："${raw}"`);
  return url.href.replace(/\/*$/, "/");
}

function shortHash(text) {
  return require("node:crypto").createHash("sha256").update(text).digest("hex").slice(0, 10);
}

module.exports = async function config(env = {}, argv = {}) {
  const mode = argv.mode || env.mode || "production";
  const dev = mode === "development";
  const target = option(env, "target", "ADDIN_TARGET", "office");
  if (!["office", "wps"].includes(target)) throw new Error(`ADDIN_TARGET 只能是 office 或 wps，现在是 "${target}"`);
  const wps = target === "wps";
  const distDir = path.resolve(ROOT, option(env, "distDir", "DIST_DIR", wps ? "dist-wps" : "dist"));
  const baseUrl = normaliseBaseUrl(option(env, "baseUrl", "ADDIN_BASE_URL", DEV_BASE_URL));
  // WPS loads no office.js: its pages reach WPS 表格 through the wps / Application globals.
  const officeJs = wps ? "none" : option(env, "officeJs", "OFFICE_JS", "local");
  if (!["local", "cdn", "cn", "none"].includes(officeJs))
    throw new Error(`OFFICE_JS 只能是 local、cdn、cn 或 none，现在是 "${officeJs}"`);
  const entry = path.resolve(ROOT, option(env, "entry", "PANE_ENTRY", "src/taskpane/index.tsx"));
  const officeJsUrl = officeJs === "local" ? "office-js/office.js" : OFFICE_JS_CDN[officeJs] || null;

  const copy = [{ from: path.join(ROOT, "assets"), to: "assets", noErrorOnMissing: true }];
  if (!wps)
    copy.push({
      from: path.join(ROOT, "manifest.xml"),
      to: "manifest.xml",
      transform: { transformer: (content) => Buffer.from(rewriteManifest(content.toString("utf8"), baseUrl)), cache: false },
    });
  else {
    const wpsBaseUrl = normaliseWpsBaseUrl(option(env, "wpsBaseUrl", "WPS_BASE_URL", WPS_SAMPLE_BASE_URL));
    copy.push(
      { from: path.join(ROOT, "src/wps/addin/ribbon.xml"), to: "ribbon.xml" },
      {
        from: path.join(ROOT, "src/wps/addin/jsplugins.xml"),
        to: "jsplugins.xml",
        transform: { transformer: (content) => Buffer.from(content.toString("utf8").split("__WPS_BASE_URL__").join(wpsBaseUrl)), cache: false },
      },
    );
  }
  if (officeJs === "local")
    copy.push({ from: OFFICE_JS_DIST, to: "office-js", filter: officeJsFilter, info: { minimized: true } });

  /** @type {import('webpack').Configuration & { devServer?: object }} */
  const cfg = {
    mode,
    context: ROOT,
    // Persistent cache (node_modules/.cache/webpack), one per kind of build and output folder, so a rebuild
    // after a small change takes seconds; the config file itself invalidates it.
    cache: {
      type: "filesystem",
      name: `${mode}-${target}-${officeJs}-${shortHash(`${entry}|${distDir}`)}`,
      buildDependencies: { config: [__filename] },
    },
    entry: wps ? { taskpane: entry, ribbon: path.join(ROOT, "src/wps/ribbon-entry.ts") } : { taskpane: entry },
    output: {
      path: distDir,
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      assetModuleFilename: "assets/[name].[contenthash:8][ext]",
      // Relative to the page: the same build works at any ADDIN_BASE_URL and on 127.0.0.1 in tests.
      publicPath: "auto",
      clean: true,
    },
    // No eval-based source maps: the page's CSP has no 'unsafe-eval'.
    devtool: dev ? "source-map" : false,
    resolve: { extensions: [".tsx", ".ts", ".mjs", ".js", ".json"], modules: ["node_modules", path.join(ROOT, "node_modules")] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Types are checked once by `npm run typecheck`; the bundle only needs the JavaScript.
            options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") },
          },
        },
        { test: /\.(png|jpe?g|gif|svg|xlsx|docx|woff2?)$/i, type: "asset/resource" },
      ],
    },
    optimization: {
      // Dynamic import() chunks (exceljs, the file host) stay separate from the first load.
      splitChunks: { chunks: "async" },
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: path.join(ROOT, "src/taskpane/taskpane.html"),
        filename: "taskpane.html",
        chunks: ["taskpane"],
        scriptLoading: "defer",
        templateParameters: { officeJsUrl, csp: contentSecurityPolicy({ officeJs, dev }) },
        minify: dev ? false : { collapseWhitespace: true, removeComments: true },
      }),
      ...(wps
        ? [
            // The add-in's main page WPS loads at start-up: only the ribbon callbacks, loaded before anything else.
            new HtmlWebpackPlugin({
              template: path.join(ROOT, "src/wps/addin/index.html"),
              filename: "index.html",
              chunks: ["ribbon"],
              scriptLoading: "blocking",
              inject: "head",
              minify: false,
            }),
          ]
        : []),
      new CopyWebpackPlugin({ patterns: copy }),
    ],
    stats: dev ? "minimal" : "errors-warnings",
  };

  if (dev || env.WEBPACK_SERVE) {
    cfg.devServer = {
      port: DEV_PORT,
      host: "localhost",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: true,
      client: { overlay: { errors: true, warnings: false } },
      // In-memory output: serving never touches dist/.
      devMiddleware: { writeToDisk: false },
    };
    if (env.WEBPACK_SERVE) {
      const { getHttpsOptions } = require("./scripts/dev-certs.cjs");
      const https = await getHttpsOptions();
      cfg.devServer.server = { type: "https", options: { key: https.key, cert: https.cert, ca: https.ca } };
    }
  }
  return cfg;
};

module.exports.DEV_BASE_URL = DEV_BASE_URL;
module.exports.OFFICE_JS_CDN = OFFICE_JS_CDN;
module.exports.normaliseBaseUrl = normaliseBaseUrl;
module.exports.normaliseWpsBaseUrl = normaliseWpsBaseUrl;
module.exports.WPS_SAMPLE_BASE_URL = WPS_SAMPLE_BASE_URL;
module.exports.rewriteManifest = rewriteManifest;
module.exports.contentSecurityPolicy = contentSecurityPolicy;
