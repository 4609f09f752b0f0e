#!/usr/bin/env node
// npm run validate [-- MANIFEST.xml] [--assets DIR] [--schemas DIR] [--base URL] [--no-localhost]
//
// Checks an add-in manifest without the internet:
//   1. against the Office XML schemas in scripts/manifest-schemas (beside this file; see its README) with xmllint
//      (a --schemas folder that does not exist skips this step: the other checks still run and a note says so);
//   2. what the schemas cannot check: the id is the committed stable GUID, every URL is https and under one
//      base, every icon exists (in assets/, at the size its element declares), every resid resolves, the zh-CN
//      default has en-US overrides, the display name is short enough for the ribbon and the store.
// Exit 0 when everything passes, 1 with one line per problem otherwise, 2 for bad usage.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");

/** The add-in's id. Never change it: Office keys the add-in, its settings and its trust on it. */
const STABLE_ID = "ac9a9ba6-bbd3-41c3-89f9-9b07b56d5303";
const DEV_BASE_URL = "https://localhost:3000/";
const MAX_DISPLAY_NAME = 30;
const ROOT = path.resolve(__dirname, "..");
const DEFAULT_SCHEMAS = path.join(__dirname, "manifest-schemas");

function decodeXml(s) {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, "&");
}

function attrs(tagText) {
  const out = {};
  const re = /([\w:.-]+)\s*=\s*"([^"]*)"/g;
  let m;
  while ((m = re.exec(tagText))) out[m[1]] = decodeXml(m[2]);
  return out;
}

/** All start tags named `name` (with or without a prefix), each with its attributes and inner text (if any). */
function elements(xml, name) {
  const out = [];
  const re = new RegExp(`<((?:[\\w-]+:)?${name})((?:\\s[^>]*?)?)(/?)>`, "g");
  let m;
  while ((m = re.exec(xml))) {
    let inner = "";
    if (!m[3]) {
      const close = xml.indexOf(`</${m[1]}>`, re.lastIndex);
      if (close >= 0) inner = xml.slice(re.lastIndex, close);
    }
    out.push({ tag: m[1], attrs: attrs(m[2]), inner, index: m.index });
  }
  return out;
}

/** Width and height of a PNG file, or null when it is not a PNG. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  if (b.length < 24 || b.readUInt32BE(0) !== 0x89504e47 || b.toString("ascii", 12, 16) !== "IHDR") return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

function xmllintAvailable() {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !r.error;
}

/**
 * Validate one manifest. Returns { problems: string[], notes: string[] }; never throws for a bad manifest.
 * options: { assets: dir with the icons (default: <manifest dir>/assets), schemas: XSD folder (default
 * scripts/manifest-schemas; null to skip), base: the URL every URL must start with (default: the one the
 * SourceLocation uses), noLocalhost: fail on any "localhost" }.
 */
function validateManifest(file, options = {}) {
  const problems = [];
  const notes = [];
  if (!fs.existsSync(file)) return { problems: [`找不到清单文件 ${file}（manifest not found）`], notes };
  const xml = fs.readFileSync(file, "utf8");
  const assetsDir = options.assets || path.join(path.dirname(file), "assets");
  const schemas = options.schemas === undefined ? DEFAULT_SCHEMAS : options.schemas;

  // 1. The schema.
  if (schemas && fs.existsSync(path.join(schemas, "OfficeAppManifestV1_1.xsd"))) {
    if (!xmllintAvailable()) {
      problems.push("没有 xmllint：请安装 libxml2-utils（apt-get install libxml2-utils）后再校验（xmllint not found）");
    } else {
      const r = spawnSync("xmllint", ["--noout", "--nonet", "--schema", path.join(schemas, "OfficeAppManifestV1_1.xsd"), file], {
        encoding: "utf8",
      });
      if (r.status !== 0) {
        const lines = (r.stderr || "").split("\n").filter((l) => l.trim() && !/fails to validate$/.test(l.trim()));
        for (const l of lines) problems.push(`不符合清单架构（schema）：${l.trim()}`);
        if (lines.length === 0) problems.push("不符合清单架构（schema），xmllint 未给出原因");
      } else notes.push(`schema: valid against ${path.relative(process.cwd(), schemas) || schemas}`);
    }
  } else {
    notes.push(`schema: skipped — ${schemas || "(none)"} not found; only the other checks ran`);
  }

  // 2. What the schema cannot check.
  const ids = elements(xml, "Id").map((e) => e.inner.trim());
  if (ids.length !== 1) problems.push("清单必须有且只有一个 <Id>");
  else if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(ids[0]))
    problems.push(`<Id> 不是 GUID：${ids[0]}`);
  else if (ids[0].toLowerCase() !== STABLE_ID)
    problems.push(`<Id> 必须保持不变（${STABLE_ID}），现在是 ${ids[0]}：改变 Id 会让 Office 把它当成另一个加载项`);

  const defaultLocale = (elements(xml, "DefaultLocale")[0] || { inner: "" }).inner.trim();
  if (defaultLocale !== "zh-CN") problems.push(`<DefaultLocale> 应为 zh-CN，现在是 "${defaultLocale}"`);

  for (const name of ["DisplayName", "Description"]) {
    const el = elements(xml, name).find((e) => !e.tag.includes(":"));
    if (!el || !el.attrs.DefaultValue) {
      problems.push(`缺少 <${name} DefaultValue="…">`);
      continue;
    }
    const en = elements(el.inner, "Override").find((o) => o.attrs.Locale === "en-US");
    if (!en || !en.attrs.Value) problems.push(`<${name}> 缺少 en-US 的 <Override Locale="en-US" Value="…">`);
    if (name === "DisplayName") {
      for (const v of [el.attrs.DefaultValue, en && en.attrs.Value].filter(Boolean))
        if ([...v].length > MAX_DISPLAY_NAME)
          problems.push(`显示名称 "${v}" 超过 ${MAX_DISPLAY_NAME} 个字符，功能区和商店会截断它`);
    }
  }
  for (const s of elements(xml, "String").filter((e) => e.tag.startsWith("bt:"))) {
    if (!elements(s.inner, "Override").some((o) => o.attrs.Locale === "en-US" && o.attrs.Value))
      problems.push(`字符串资源 ${s.attrs.id} 缺少 en-US 的 <bt:Override>`);
  }

  const permissions = (elements(xml, "Permissions")[0] || { inner: "" }).inner.trim();
  if (permissions !== "ReadWriteDocument") problems.push(`<Permissions> 应为 ReadWriteDocument，现在是 "${permissions}"`);

  // Every resid points at a resource.
  const resourceIds = new Set(
    ["Image", "Url", "String"].flatMap((n) => elements(xml, n).filter((e) => e.tag.startsWith("bt:")).map((e) => e.attrs.id)),
  );
  for (const m of xml.matchAll(/resid="([^"]*)"/g))
    if (!resourceIds.has(m[1])) problems.push(`resid="${m[1]}" 没有对应的资源（<bt:Image>/<bt:Url>/<bt:String> id）`);

  // URLs: https, one base, icons present.
  const urlElements = [
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].flatMap((n) =>
      elements(xml, n).filter((e) => e.attrs.DefaultValue !== undefined),
    ),
    ...["Image", "Url"].flatMap((n) => elements(xml, n).filter((e) => e.tag.startsWith("bt:") && e.attrs.DefaultValue !== undefined)),
  ];
  const source = elements(xml, "SourceLocation").find((e) => e.attrs.DefaultValue);
  let base = options.base || null;
  if (!base && source && /^https:\/\//.test(source.attrs.DefaultValue)) base = source.attrs.DefaultValue.replace(/[^/]*$/, "");
  if (!source) problems.push("缺少 <DefaultSettings><SourceLocation DefaultValue=\"https://…/taskpane.html\"/>");
  for (const e of urlElements) {
    const url = e.attrs.DefaultValue;
    const where = `<${e.tag}${e.attrs.id ? ` id="${e.attrs.id}"` : ""}>`;
    if (!/^https:\/\/[^/\s]+\//.test(url)) {
      problems.push(`${where} 的地址必须是 https:// 开头的完整地址：${url}`);
      continue;
    }
    if (base && !url.startsWith(base)) problems.push(`${where} 的地址 ${url} 不在加载项的地址 ${base} 之下`);
    const isIcon = /IconUrl$/.test(e.tag) || e.tag === "bt:Image";
    if (isIcon) {
      const clean = url.replace(/[?#].*$/, "");
      const rel = decodeURIComponent(
        base && clean.startsWith(base) ? clean.slice(base.length) : clean.slice(clean.lastIndexOf("/assets/") + 1),
      );
      if (!rel.startsWith("assets/")) {
        problems.push(`${where} 的图标应在 assets/ 下：${url}`);
        continue;
      }
      const f = path.join(assetsDir, rel.slice("assets/".length));
      if (!fs.existsSync(f)) {
        problems.push(`${where} 的图标文件不存在：${f}`);
        continue;
      }
      const size = pngSize(f);
      let want = null;
      if (e.tag === "IconUrl") want = 32;
      else if (e.tag === "HighResolutionIconUrl") want = 64;
      else {
        // bt:Image: the size the <Icon> lists give for this id.
        const use = xml.match(new RegExp(`<bt:Image\\s+size="(\\d+)"\\s+resid="${e.attrs.id}"`));
        if (use) want = Number(use[1]);
      }
      if (!size) problems.push(`${where} 的图标不是 PNG 文件：${f}`);
      else if (want && (size.width !== want || size.height !== want))
        problems.push(`${where} 的图标应为 ${want}×${want} 像素，${f} 是 ${size.width}×${size.height}`);
    }
  }
  if (options.noLocalhost && /localhost|127\.0\.0\.1/i.test(xml))
    problems.push("清单里还有 localhost：请用 ADDIN_BASE_URL 指向部署地址后重新构建");

  return { problems, notes };
}

function parseArgs(argv) {
  const opts = { file: null, assets: null, schemas: undefined, base: null, noLocalhost: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} 需要一个值`);
      return argv[++i];
    };
    if (a === "--assets") opts.assets = path.resolve(value());
    else if (a === "--schemas") opts.schemas = path.resolve(value());
    else if (a === "--base") opts.base = value();
    else if (a === "--no-localhost") opts.noLocalhost = true;
    else if (a === "-h" || a === "--help") opts.help = true;
    else if (a.startsWith("-")) throw new Error(`不认识的选项 ${a}`);
    else if (!opts.file) opts.file = path.resolve(a);
    else throw new Error(`只能校验一个清单文件，多了 ${a}`);
  }
  return opts;
}

function main(argv) {
  let opts;
  try {
    opts = parseArgs(argv);
  } catch (e) {
    console.error(`${e.message}。用法：npm run validate -- [MANIFEST.xml] [--assets DIR] [--schemas DIR] [--base URL] [--no-localhost]`);
    return 2;
  }
  if (opts.help) {
    console.log("用法 (usage): npm run validate -- [MANIFEST.xml] [--assets DIR] [--schemas DIR] [--base URL] [--no-localhost]");
    return 0;
  }
  const file = opts.file || path.join(ROOT, "manifest.xml");
  const { problems, notes } = validateManifest(file, {
    assets: opts.assets || undefined,
    schemas: opts.schemas,
    base: opts.base || undefined,
    noLocalhost: opts.noLocalhost,
  });
  for (const n of notes) console.log(`  ${n}`);
  if (problems.length) {
    console.error(`清单校验失败（manifest invalid）：${path.relative(process.cwd(), file) || file}`);
    for (const p of problems) console.error(`  ✗ ${p}`);
    return 1;
  }
  console.log(`清单校验通过（manifest valid）：${path.relative(process.cwd(), file) || file}`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));

module.exports = { validateManifest, STABLE_ID, DEV_BASE_URL, pngSize };
