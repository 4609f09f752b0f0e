/**
 * `ADDIN_BASE_URL=https://example.org/x/ npm run build`: the production bundle a deployment gets. Built into
 * tests/.out/builds/ (not dist/) by the shared helper, which the first browser test reuses.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { buildPane, DEFAULT_BASE_URL, measureFirstLoad, REPO } from "../browser/support/build";
import { SCHEMAS_DIR } from "../fixtures/paths";

const SCHEMAS = SCHEMAS_DIR;
const BASE = DEFAULT_BASE_URL; // https://example.org/x/
// A string every exceljs bundle carries (the SpreadsheetML namespace); the pane's own code never spells it.
const EXCELJS_MARKER = "schemas.openxmlformats.org/spreadsheetml/2006/main";
// A namespace only the `docx` package writes (the 通报's 下载 .docx loads it with import()).
const DOCX_MARKER = "office/word/2018/wordml/cex";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require(path.join(REPO, "webpack.config.js")) as {
  (env: Record<string, unknown>, argv: Record<string, unknown>): Promise<{
    output: { path: string };
    plugins: Array<{ userOptions?: { templateParameters?: { officeJsUrl: string | null; csp: string } } }>;
  }>;
  normaliseBaseUrl(raw: string): string;
  rewriteManifest(xml: string, base: string): string;
};

let dist: string;
beforeAll(async () => {
  dist = await buildPane({ baseUrl: BASE });
}, 600_000);

describe("the production build", () => {
  test("writes taskpane.html with a strict Content-Security-Policy and office.js from its own origin", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    expect(html).toMatch(/<div id="?root"?><\/div>/);
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toMatch(/https?:/);
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(html).toMatch(/<script src="?office-js\/office\.js"?>/);
    expect(html).not.toMatch(/https?:\/\//);
  });

  test("names the JavaScript chunks by content hash", () => {
    const js = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(js.length).toBeGreaterThan(0);
    for (const f of js) expect(f).toMatch(/^[\w-]+\.[0-9a-f]{8}\.js$/);
  });

  test("dist/manifest.xml points at ADDIN_BASE_URL, with no localhost left, and validates", () => {
    const xml = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
    expect(xml).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(xml).toContain(`<SourceLocation DefaultValue="${BASE}taskpane.html"/>`);
    const urls = [...xml.matchAll(/DefaultValue="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u.startsWith(BASE)).toBe(true);

    const lint = spawnSync("xmllint", ["--noout", "--nonet", "--schema", path.join(SCHEMAS, "OfficeAppManifestV1_1.xsd"), path.join(dist, "manifest.xml")], {
      encoding: "utf8",
    });
    expect(lint.status).toBe(0);
    const v = spawnSync(process.execPath, [path.join(REPO, "scripts", "validate-manifest.cjs"), path.join(dist, "manifest.xml"), "--no-localhost", "--base", BASE], {
      encoding: "utf8",
    });
    expect(v.stderr).toBe("");
    expect(v.status).toBe(0);
  });

  test("copies the icons and office.js with the files it loads relative to itself", () => {
    for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(dist, "assets", `icon-${size}.png`))).toBe(true);
    const officeJs = path.join(dist, "office-js");
    for (const f of [
      "office.js",
      "o15apptofilemappingtable.js",
      "excel-win32-16.01.js",
      "excel-web-16.00.js",
      "excel-mac-16.00.js",
      "telemetry/oteljs_agave.js",
      "zh-cn/office_strings.js",
      "en-us/office_strings.js",
    ])
      expect(fs.existsSync(path.join(officeJs, f))).toBe(true);
    // Not the debug builds or IDE files: office.js never loads them.
    expect(fs.readdirSync(officeJs).filter((f) => /\.debug\.js$|\.d\.ts$|vsdoc/.test(f))).toEqual([]);
  });

  test("keeps exceljs and docx out of the first load (the pane loads them with import())", () => {
    const first = measureFirstLoad(dist);
    expect(first.files.length).toBeGreaterThan(0);
    for (const f of first.files) expect(fs.readFileSync(path.join(dist, f), "utf8")).not.toContain(EXCELJS_MARKER);
    const lazy = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !first.files.includes(f));
    expect(lazy.some((f) => fs.readFileSync(path.join(dist, f), "utf8").includes(EXCELJS_MARKER))).toBe(true);
    // Likewise the `docx` package (the 通报 as .docx): in a lazy chunk of its own, never in the first load.
    for (const f of first.files) expect(fs.readFileSync(path.join(dist, f), "utf8")).not.toContain(DOCX_MARKER);
    expect(lazy.some((f) => fs.readFileSync(path.join(dist, f), "utf8").includes(DOCX_MARKER))).toBe(true);
    console.log(`first load: ${first.files.join(", ")} — ${(first.bytes / 1024).toFixed(1)} KiB, gzip ${(first.gzipBytes / 1024).toFixed(1)} KiB`);
  });
});

describe("build options", () => {
  const htmlParams = async (env: Record<string, unknown>) => {
    const cfg = await webpackConfig(env, { mode: "production" });
    const html = cfg.plugins.find((p) => p.userOptions?.templateParameters);
    return html!.userOptions!.templateParameters!;
  };

  test.each([
    ["cdn", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "https://appsforoffice.microsoft.com"],
    ["cn", "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js", "https://appsforoffice.cdn.partner.office365.cn"],
  ])("OFFICE_JS=%s loads office.js from that CDN and allows it in script-src only", async (officeJs, url, origin) => {
    const p = await htmlParams({ officeJs });
    expect(p.officeJsUrl).toBe(url);
    expect(p.csp).toContain(`script-src 'self' ${origin};`);
    expect(p.csp.split(";").filter((d) => d.includes(origin))).toHaveLength(1);
  });

  test("OFFICE_JS=local (the default) serves office.js from the add-in's origin", async () => {
    const p = await htmlParams({});
    expect(p.officeJsUrl).toBe("office-js/office.js");
    expect(p.csp).not.toMatch(/https?:/);
  });

  test("a bad OFFICE_JS or ADDIN_BASE_URL is refused with a message saying what to write", async () => {
    await expect(webpackConfig({ officeJs: "somewhere" }, {})).rejects.toThrow(/local、cdn、cn/);
    await expect(webpackConfig({ baseUrl: "http://intranet/addin/" }, {})).rejects.toThrow(/https:\/\//);
    await expect(webpackConfig({ baseUrl: "not a url" }, {})).rejects.toThrow(/不是一个网址/);
  });

  test("ADDIN_BASE_URL gets exactly one trailing slash; DIST_DIR moves the output", async () => {
    expect(webpackConfig.normaliseBaseUrl("https://oa.example.gov.cn/addin")).toBe("https://oa.example.gov.cn/addin/");
    expect(webpackConfig.normaliseBaseUrl("https://oa.example.gov.cn/addin//")).toBe("https://oa.example.gov.cn/addin/");
    const cfg = await webpackConfig({ distDir: "tests/.out/elsewhere" }, { mode: "production" });
    expect(cfg.output.path).toBe(path.join(REPO, "tests", ".out", "elsewhere"));
  });
});
