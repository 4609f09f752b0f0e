/**
 * Every user-visible text comes from src/strings: a string or template literal (or JSX text) holding a Chinese
 * character anywhere else in src fails this test. Allowed: src/strings, and the modules whose Chinese text is
 * recognition vocabulary (words the product looks for in a user's table or document), never shown as a message.
 * The literal is checked as written in the source (an escape such as "\u3000" is not a Chinese character).
 * Shown to fire on probes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ts from "typescript";

const REPO = path.resolve(__dirname, "..", "..");

/** CJK ideographs, CJK punctuation (、。「」“” are in U+3001–U+303F and U+FF00–U+FFEF: ，：；（）). */
const CJK = /[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uffef]/;

/** Where Chinese literals belong, each with the reason. Paths relative to the repository; a folder ends in "/". */
const ALLOWED: ReadonlyArray<readonly [string, string]> = [
  ["src/strings/", "the texts, zh-CN first"],
  ["src/core/vocab/", "vocabulary: unit words, numerals, deadline words, recognised sheet names"],
  ["src/core/deadline/", "the deadline word lists and phrase patterns (月底, 上半年, 每季度 …)"],
  ["src/core/units/", "the unit word lists and the separators a unit cell is split at (、 和 及 会同 …)"],
  ["src/core/import/", "document structure recognised in 从文稿导入: numbering, annotations, headings, notices, the standard column names"],
  ["src/core/status.ts", "the done words a status cell is read by (已完成 …)"],
  ["src/core/own.ts", "the product's own marks, never translated: old workbooks carry them (mark line, rule marker, 汇总)"],
  ["src/taskpane/sample.ts", "the sample workbook's file name on disk"],
  ["src/core/table/rows.ts", "footer-label patterns under a table (填报单位（盖章）：), built from src/core/vocab words"],
  ["src/workbook/docx/numbering.ts", "Word's numbering formats rendered as they display (一、 壹 甲 十 百): what automatic numbering shows"],
  ["src/workbook/reader/book.ts", "Chinese Excel's built-in date number formats (yyyy\"年\"m\"月\"), by which a number cell is known as a date"],
];

function allowed(rel: string): boolean {
  return ALLOWED.some(([p]) => (p.endsWith("/") ? rel.startsWith(p) : rel === p));
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) sourceFiles(p, out);
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** The Chinese literals of one source text: "line: literal". */
export function chineseLiterals(file: string, text: string): string[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: string[] = [];
  const visit = (n: ts.Node): void => {
    const literal =
      ts.isStringLiteral(n) ||
      ts.isNoSubstitutionTemplateLiteral(n) ||
      n.kind === ts.SyntaxKind.TemplateHead ||
      n.kind === ts.SyntaxKind.TemplateMiddle ||
      n.kind === ts.SyntaxKind.TemplateTail ||
      n.kind === ts.SyntaxKind.JsxText;
    // Module names (import "…") are paths, not texts.
    const moduleName = ts.isStringLiteral(n) && (ts.isImportDeclaration(n.parent) || ts.isExportDeclaration(n.parent));
    if (literal && !moduleName && CJK.test(n.getText(sf))) {
      found.push(`${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}: ${n.getText(sf).slice(0, 60)}`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

test("no Chinese literal in src outside src/strings and the vocabulary modules", () => {
  const files = sourceFiles(path.join(REPO, "src"));
  expect(files.length).toBeGreaterThan(100);
  const offenders: string[] = [];
  for (const file of files) {
    const rel = path.relative(REPO, file).split(path.sep).join("/");
    if (allowed(rel)) continue;
    for (const hit of chineseLiterals(file, fs.readFileSync(file, "utf8"))) offenders.push(`${rel}:${hit}`);
  }
  expect(offenders).toEqual([]);
});

test("every allowed path exists (a moved module must be listed again, not silently allowed)", () => {
  for (const [p] of ALLOWED) expect(fs.existsSync(path.join(REPO, p))).toBe(true);
});

test.each([
  ["a string", 'throw new Error("文件是空的");'],
  ["a template", "const m = `第${n}行`;"],
  ["a template's middle", "const m = `${a}：${b}`;"],
  ["a no-substitution template", "const m = `已写出`;"],
  ["punctuation alone", 'const sep = "、";'],
  ["JSX text", "const x = <b>校验</b>;"],
])("the check fires on %s", (_what, code) => {
  expect(chineseLiterals("src/excel/probe.tsx", code).length).toBeGreaterThan(0);
});

test.each([
  ["a comment", "// 规范时限\nconst x = 1;"],
  ["an escape", 'const s = "\\u3000";'],
  ["English", 'const s = "Written: ${f}";'],
])("…and not on %s", (_what, code) => {
  expect(chineseLiterals("src/excel/probe.ts", code)).toEqual([]);
});

test("a probe file in src/excel with a Chinese message is reported; the same file in src/strings is not", () => {
  const code = 'export const m = "找不到工作表";\n';
  expect(allowed("src/excel/probe.ts")).toBe(false);
  expect(chineseLiterals("src/excel/probe.ts", code)).toHaveLength(1);
  expect(allowed("src/strings/zh-CN/probe.ts")).toBe(true);
});
