/**
 * The manifest: valid against the Office XSDs (scripts/manifest-schemas) and against the checks the schemas
 * cannot do; `npm run validate` passes on the committed manifest and fails, saying why, on a broken one.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { SCHEMAS_DIR } from "../fixtures/paths";

const REPO = path.resolve(__dirname, "..", "..");
const SCHEMAS = SCHEMAS_DIR;
const MANIFEST = path.join(REPO, "manifest.xml");
const VALIDATE = path.join(REPO, "scripts", "validate-manifest.cjs");
const xml = fs.readFileSync(MANIFEST, "utf8");

function xmllint(file: string) {
  return spawnSync("xmllint", ["--noout", "--nonet", "--schema", path.join(SCHEMAS, "OfficeAppManifestV1_1.xsd"), file], {
    encoding: "utf8",
  });
}

function validate(args: string[]) {
  return spawnSync(process.execPath, [VALIDATE, ...args], { cwd: REPO, encoding: "utf8" });
}

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "manifest-"));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function writeVariant(name: string, text: string): string {
  const f = path.join(tmp, `${name}.xml`);
  fs.writeFileSync(f, text);
  return f;
}

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`mutation did not apply: ${from}`);
  return out;
}

test("manifest.xml validates against the OfficeApp 1.1 XSD with xmllint", () => {
  const r = xmllint(MANIFEST);
  expect(r.stderr).toContain("validates");
  expect(r.status).toBe(0);
});

test("manifest.xml declares what the add-in needs", () => {
  expect(xml).toMatch(/xsi:type="TaskPaneApp"/);
  expect(xml).toMatch(/<Host Name="Workbook"\/>/);
  expect(xml).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
  expect(xml).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  expect(xml).toMatch(/<OfficeTab id="TabHome">/);
  expect(xml).toMatch(/<Action xsi:type="ShowTaskpane">/);
  // ExcelApi 1.1 as the only declared minimum, in the base manifest and in VersionOverrides.
  expect([...xml.matchAll(/Set Name="ExcelApi" MinVersion="([\d.]+)"/g)].map((m) => m[1])).toEqual(["1.1", "1.1"]);
  expect(xml).toContain('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>');
  for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(REPO, "assets", `icon-${size}.png`))).toBe(true);
});

test("npm run validate passes on the committed manifest", () => {
  const r = validate([]);
  expect(r.stderr).toBe("");
  expect(r.stdout).toContain("清单校验通过");
  expect(r.stdout).toContain("schema: valid");
  expect(r.status).toBe(0);
});

test("without the schemas folder the validator says so and still runs the other checks", () => {
  const ok = validate([MANIFEST, "--schemas", path.join(tmp, "no-such-folder")]);
  expect(ok.stdout).toContain("schema: skipped");
  expect(ok.status).toBe(0);
  const bad = validate([writeVariant("noschema-badid", replaceOnce(xml, /<Id>[^<]+<\/Id>/, "<Id>not-a-guid</Id>")), "--assets", path.join(REPO, "assets"), "--schemas", path.join(tmp, "no-such-folder")]);
  expect(bad.status).toBe(1);
  expect(bad.stderr).toContain("不是 GUID");
});

// Each broken field, the validator's exit status and a word of its message.
const BROKEN: Array<{ name: string; mutate: (x: string) => string; says: string }> = [
  { name: "another id", mutate: (x) => replaceOnce(x, /<Id>[^<]+<\/Id>/, "<Id>11111111-2222-4333-8444-555555555555</Id>"), says: "必须保持不变" },
  { name: "an http URL", mutate: (x) => replaceOnce(x, 'SourceLocation DefaultValue="https://', 'SourceLocation DefaultValue="http://'), says: "https://" },
  { name: "a missing icon", mutate: (x) => replaceOnce(x, "assets/icon-80.png", "assets/icon-81.png"), says: "图标文件不存在" },
  { name: "an icon of the wrong size", mutate: (x) => replaceOnce(x, 'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"', 'id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-32.png"'), says: "16×16" },
  { name: "no en-US display name", mutate: (x) => replaceOnce(x, /<Override Locale="en-US" Value="Task Breakdown Assistant"\/>/, ""), says: "en-US" },
  { name: "a display name too long", mutate: (x) => replaceOnce(x, 'Value="Task Breakdown Assistant"', 'Value="Task Breakdown Assistant for Government Offices"'), says: "超过 30 个字符" },
  { name: "elements out of order", mutate: (x) => replaceOnce(x, /(<DefaultLocale>zh-CN<\/DefaultLocale>)(\s*)(<DisplayName[\s\S]*?<\/DisplayName>)/, "$3$2$1"), says: "schema" },
  { name: "a permission the schema does not know", mutate: (x) => replaceOnce(x, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>FullControl</Permissions>"), says: "schema" },
  { name: "a resid with no resource", mutate: (x) => replaceOnce(x, '<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Nowhere"/>'), says: "Taskpane.Nowhere" },
  { name: "a URL under another base", mutate: (x) => replaceOnce(x, 'id="Icon.32x32" DefaultValue="https://localhost:3000/', 'id="Icon.32x32" DefaultValue="https://cdn.example.com/'), says: "不在加载项的地址" },
];

test.each(BROKEN)("npm run validate fails on a manifest with $name", ({ name, mutate, says }) => {
  const f = writeVariant(name.replace(/\W+/g, "-"), mutate(xml));
  const r = validate([f, "--assets", path.join(REPO, "assets")]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("清单校验失败");
  expect(r.stderr).toContain(says);
});

test("the validator reports bad usage with exit status 2 and one line", () => {
  const r = validate(["--frobnicate"]);
  expect(r.status).toBe(2);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).toContain("用法");
});

test("a missing manifest file is a clear failure, not a stack trace", () => {
  const r = validate([path.join(tmp, "nope.xml")]);
  expect(r.status).toBe(1);
  expect(r.stderr).toContain("找不到清单文件");
  expect(r.stderr).not.toMatch(/\bat .*\.cjs:\d+/);
});
