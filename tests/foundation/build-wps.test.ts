/**
 * `npm run build:wps`: the folder an administrator publishes for WPS 表格 (ribbon.xml, index.html, the pane,
 * assets, a sample jsplugins.xml). Built in development mode (cheap) into tests/.out/builds/ with the same
 * webpack target as the production script, and shared with the pane-in-WPS browser test (tests/browser). The built ribbon script is then run against a double of WPS's
 * add-in API: clicking the ribbon's button opens the pane page of this folder, and clicking again hides it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";
import { spawnSync } from "node:child_process";
import { buildPane, REPO } from "../browser/support/build";
import { WPS_BUILD } from "../browser/support/wps";

const BASE = WPS_BUILD.wpsBaseUrl;
let OUT: string;

beforeAll(async () => {
  OUT = await buildPane(WPS_BUILD);
}, 8 * 60_000);

const read = (f: string) => fs.readFileSync(path.join(OUT, f), "utf8");

test("package.json's build:wps builds the wps target", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as { scripts: Record<string, string> };
  expect(pkg.scripts["build:wps"]).toBe("webpack --mode production --env target=wps");
});

test("the folder holds what WPS loads: ribbon.xml, index.html with the ribbon script, the pane, icons, a sample jsplugins.xml; no Office manifest or office.js", () => {
  for (const f of ["ribbon.xml", "index.html", "taskpane.html", "jsplugins.xml", "assets/icon-32.png", "assets/icon-16.png"]) expect(fs.existsSync(path.join(OUT, f))).toBe(true);
  expect(fs.existsSync(path.join(OUT, "manifest.xml"))).toBe(false);
  expect(fs.readdirSync(OUT).filter((f) => f.endsWith(".html")).sort()).toEqual(["index.html", "taskpane.html"]);
  expect(fs.existsSync(path.join(OUT, "office-js"))).toBe(false);
  expect(read("taskpane.html")).not.toMatch(/office\.js/);
  expect(read("index.html")).toMatch(/<head>[\s\S]*<script src="ribbon\.js"><\/script>[\s\S]*<\/head>/);
});

test("ribbon.xml is well-formed CustomUI: a 分解表助手 group whose button calls the ribbon script", () => {
  const lint = spawnSync("xmllint", ["--noout", "--nonet", path.join(OUT, "ribbon.xml")], { encoding: "utf8" });
  expect(lint.stderr).toBe("");
  expect(lint.status).toBe(0);
  const xml = read("ribbon.xml");
  expect(xml).toContain('xmlns="http://schemas.microsoft.com/office/2006/01/customui"');
  expect(xml).toContain('onLoad="ribbon.OnAddinLoad"');
  expect(xml).toMatch(/<group id="breakdownGroup" label="分解表助手">\s*<button id="breakdownOpenPane"[^>]*onAction="ribbon.OnAction"[^>]*getImage="ribbon.GetImage"/);
});

test("jsplugins.xml lists the add-in as a WPS 表格 (et) add-in at WPS_BASE_URL", () => {
  const lint = spawnSync("xmllint", ["--noout", "--nonet", path.join(OUT, "jsplugins.xml")], { encoding: "utf8" });
  expect(lint.status).toBe(0);
  expect(read("jsplugins.xml")).toMatch(new RegExp(`<jspluginonline name="BreakdownAssistant" type="et" url="${BASE.replace(/[./]/g, "\\$&")}"/>`));
});

test("the built ribbon script: the button opens taskpane.html of this folder docked right, a second click hides it", () => {
  const panes: { url: string; title?: string; ID: number; Visible: boolean; DockPosition: number }[] = [];
  const storage = new Map<string, string>();
  const wps = {
    CreateTaskPane(url: string, title?: string) {
      const p = { url, title, ID: panes.length + 7, Visible: false, DockPosition: 0 };
      panes.push(p);
      return p;
    },
    GetTaskPane: (id: number | string) => panes.find((p) => String(p.ID) === String(id)) ?? null,
    PluginStorage: { getItem: (k: string) => storage.get(k) ?? "", setItem: (k: string, v: unknown) => storage.set(k, String(v)) },
  };
  const window: Record<string, unknown> = { wps, Application: { ActiveWorkbook: null } };
  window.window = window;
  window.self = window;
  const context = vm.createContext({ window, self: window, wps, document: { baseURI: BASE + "index.html" }, location: { href: BASE + "index.html" }, navigator: { language: "zh-CN" }, URL });
  vm.runInContext(read("ribbon.js"), context);
  const ribbon = window.ribbon as { OnAddinLoad(u: unknown): boolean; OnAction(c: { Id: string }): boolean; GetImage(c: { Id: string }): string };
  expect(ribbon.OnAddinLoad({})).toBe(true);
  expect(fs.existsSync(path.join(OUT, ribbon.GetImage({ Id: "breakdownOpenPane" })))).toBe(true);
  ribbon.OnAction({ Id: "breakdownOpenPane" });
  expect(panes).toHaveLength(1);
  expect(panes[0]).toMatchObject({ url: `${BASE}taskpane.html`, title: "分解表助手", Visible: true, DockPosition: 2 });
  ribbon.OnAction({ Id: "breakdownOpenPane" });
  expect(panes).toHaveLength(1);
  expect(panes[0].Visible).toBe(false);
  ribbon.OnAction({ Id: "breakdownOpenPane" });
  expect(panes[0].Visible).toBe(true);
});
