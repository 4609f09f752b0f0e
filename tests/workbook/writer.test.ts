/**
 * The zip-patching writer (src/workbook/xlsx) on hand-made packages: what other producers write (the `x:`
 * prefix, rows and cells without `r`, column ranges, x14 rules), where the added parts go (cells in column
 * order, rules at their schema position with unique priorities, styles appended and reused), the workbook's
 * own parts (defined names, the active tab, relationships), and the cells it writes, read back with exceljs.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { RULE_MARKER, sheetRef } from "../../src/core/plan";
import type { EditPlan, PlannedColumn } from "../../src/core/types";
import { WorkbookError } from "../../src/workbook/errors";
import { writePlan } from "../../src/workbook/xlsx/write";
import { Sink } from "../../src/workbook/xlsx/sink";
import { deflating, useGzip, ZipWriter } from "../../src/workbook/zip/write";
import { nodeGzip, nodeInflate } from "../../src/cli/node-zlib";
import { openBook, readTableAsync } from "../../src/workbook/reader";
import { rawData, useInflater, zipEntries } from "../../src/workbook/zip/read";
import { loadBytes } from "../scenarios/xlsx";
import { text, unzip } from "./fidelity-corpus";
import { DEFAULT_STYLES, MAIN, RNS, STYLES_ORDER, WORKSHEET_ORDER, children, inOrder, pkg, xmllint } from "./writer-support";

const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";

const plan = (p: Partial<EditPlan>): EditPlan => ({ sheet: "表", columns: [], highlights: [], sheets: [], replaceSheets: [], notes: [], ...p });
const ownFormula = `AND(ISNUMBER($D2),$D2<TODAY(),${RULE_MARKER})`;

const column: PlannedColumn = {
  header: "规范时限",
  col: 4,
  headerRow: 1,
  cells: [
    { row: 2, cell: { value: "2022-10-31", date: true } },
    { row: 3, cell: { value: "=不是公式" } },
    { row: 5, cell: { value: 5 } },
  ],
  numberFormat: "yyyy-mm-dd",
  width: 12,
  styleFromCol: 3,
};

// A sheet as some producers write it: the x: prefix, a row and its cells without r, a column range without a
// width, a user's rule, a validation, an x14 rule with a higher priority.
const prefixed =
  `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}" xmlns:r="${RNS}">` +
  `<x:dimension ref="A1:E4"/><x:sheetViews><x:sheetView workbookViewId="0"/></x:sheetViews><x:sheetFormatPr defaultRowHeight="15"/>` +
  `<x:cols><x:col min="1" max="6" style="1"/></x:cols><x:sheetData>` +
  `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>序号</x:t></x:is></x:c><x:c r="B1" t="inlineStr"><x:is><x:t>任务</x:t></x:is></x:c><x:c r="C1" s="1" t="inlineStr"><x:is><x:t>时限</x:t></x:is></x:c></x:row>` +
  `<x:row><x:c><x:v>1</x:v></x:c><x:c t="inlineStr"><x:is><x:t>甲</x:t></x:is></x:c><x:c s="1" t="inlineStr"><x:is><x:t>10月底前</x:t></x:is></x:c></x:row>` +
  `<x:row r="3" spans="1:5"><x:c r="A3"><x:v>2</x:v></x:c><x:c r="E3" t="inlineStr"><x:is><x:t>用户的备注</x:t></x:is></x:c></x:row>` +
  `<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>合计</x:t></x:is></x:c></x:row>` +
  `</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="A4:C4"/></x:mergeCells>` +
  `<x:conditionalFormatting sqref="A2:A9"><x:cfRule type="expression" dxfId="0" priority="3"><x:formula>$A2=1</x:formula></x:cfRule></x:conditionalFormatting>` +
  `<x:dataValidations count="1"><x:dataValidation type="list" sqref="B2"><x:formula1>"a,b"</x:formula1></x:dataValidation></x:dataValidations>` +
  `<x:pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` +
  `<x:extLst><x:ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="${XM}">` +
  `<x14:cfRule type="expression" priority="7" id="{00000000-0000-4000-8000-000000000001}"><xm:f>1=1</xm:f></x14:cfRule><xm:sqref>A1</xm:sqref>` +
  `</x14:conditionalFormatting></x14:conditionalFormattings></x:ext></x:extLst></x:worksheet>`;

const STYLES_WITH_DXF = DEFAULT_STYLES.replace(
  "<tableStyles",
  `<dxfs count="1"><dxf><fill><patternFill patternType="solid"><bgColor rgb="FFC6EFCE"/></patternFill></fill></dxf></dxfs><tableStyles`,
);

const rule = { kind: "overdue" as const, range: "A2:D5", formula: ownFormula, fill: "#FFC7CE", fontColor: "#9C0006" };

describe("the table sheet, as another producer wrote it", () => {
  const input = pkg({ sheets: [{ name: "表", xml: prefixed }], styles: STYLES_WITH_DXF });
  let out: Uint8Array;
  let parts: Map<string, Uint8Array>;
  let sheet: string;
  beforeAll(async () => {
    out = await writePlan(input, plan({ columns: [column], highlights: [rule], replaceOwnRules: true }));
    parts = unzip(out);
    sheet = text(parts.get("xl/worksheets/sheet1.xml"));
  });

  test("cells go in column order, rows and cells get their r, a missing row is made", () => {
    expect(sheet).toContain(`<x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c><x:c t="inlineStr" r="B2">`);
    expect(sheet).toMatch(/<x:c s="1" t="inlineStr" r="C2"><x:is><x:t>10月底前<\/x:t><\/x:is><\/x:c><x:c r="D2" s="2"><x:v>44865<\/x:v><\/x:c><\/x:row>/);
    // Inserted before the user's E3; the optional spans hint goes from the touched row.
    expect(sheet).toMatch(/<x:row r="3"><x:c r="A3"><x:v>2<\/x:v><\/x:c><x:c r="D3"[^>]*t="inlineStr"><x:is><x:t>=不是公式<\/x:t><\/x:is><\/x:c><x:c r="E3" t="inlineStr">/);
    expect(sheet).toMatch(/<x:row r="4"><x:c r="A4" t="inlineStr"><x:is><x:t>合计<\/x:t><\/x:is><\/x:c><\/x:row><x:row r="5"><x:c r="D5"[^>]*><x:v>5<\/x:v><\/x:c><\/x:row><\/x:sheetData>/);
    expect(sheet).toContain('<x:dimension ref="A1:E5"/>');
  });

  test("the width goes to the one column, the range around it split", () => {
    expect(sheet).toContain('<x:cols><x:col min="1" max="3" style="1"/><x:col min="4" max="4" style="1" width="12" customWidth="1"/><x:col min="5" max="6" style="1"/></x:cols>');
  });

  test("the rule goes after the user's, before the validations, with a priority above every other (x14 too)", () => {
    expect(sheet).toMatch(
      /<\/x:conditionalFormatting><x:conditionalFormatting sqref="A2:D5"><x:cfRule type="expression" dxfId="1" priority="8"><x:formula>AND\(ISNUMBER\(\$D2\),\$D2&lt;TODAY\(\),N\("分解表助手"\)=0\)<\/x:formula><\/x:cfRule><\/x:conditionalFormatting><x:dataValidations/,
    );
    expect(sheet).toContain('<x14:cfRule type="expression" priority="7"');
    expect(inOrder(children(sheet), WORKSHEET_ORDER)).toBe(true);
  });

  test("styles: the date format, a cell format from the look beside it, the highlight's dxf — appended, counted, in order", () => {
    const styles = text(parts.get("xl/styles.xml"));
    expect(styles).toContain('<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><fonts');
    // Column C's look (border 1) with the date format (D2, D3); the plain look with it (D5: a row without C).
    expect(styles).toContain(
      '<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>',
    );
    expect(styles).toMatch(/<cellXfs count="4">/);
    expect(styles).toMatch(/<dxfs count="2">.*<bgColor rgb="FFFFC7CE"\/>.*<\/dxfs><tableStyles/);
    expect(inOrder(children(styles), STYLES_ORDER)).toBe(true);
  });

  test("every changed part is well-formed (xmllint)", () => {
    expect(xmllint(parts, ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"])).toBe("");
  });

  test("a re-run replaces its own rule, keeps the user's, and adds no styles", async () => {
    const again = unzip(await writePlan(out, plan({ columns: [column], highlights: [rule], replaceOwnRules: true })));
    const s2 = text(again.get("xl/worksheets/sheet1.xml"));
    expect(s2.match(/分解表助手/g)).toHaveLength(1);
    expect(s2).toContain("<x:formula>$A2=1</x:formula>");
    expect(text(again.get("xl/styles.xml"))).toBe(text(parts.get("xl/styles.xml")));
    expect(s2).toBe(sheet);
  });
});

describe("sections and parts that are not there yet", () => {
  test("no <cols>, no dxfs, no styles part at all: made, at their places", async () => {
    const xml = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>时限</t></is></c></row></sheetData></worksheet>`;
    const out = await writePlan(pkg({ sheets: [{ name: "表", xml }], styles: null }), plan({ columns: [{ ...column, styleFromCol: undefined }], highlights: [rule] }));
    const parts = unzip(out);
    const sheet = text(parts.get("xl/worksheets/sheet1.xml"));
    expect(children(sheet)).toEqual(["cols", "sheetData", "conditionalFormatting"]);
    expect(inOrder(children(text(parts.get("xl/styles.xml"))), STYLES_ORDER)).toBe(true);
    expect(text(parts.get("[Content_Types].xml"))).toContain('PartName="/xl/styles.xml"');
    const ws = (await loadBytes(out)).getWorksheet("表")!;
    expect(ws.getCell("D1").value).toBe("规范时限");
    expect(ws.getCell("D2").value).toEqual(new Date(Date.UTC(2022, 9, 31)));
    expect(ws.getCell("D2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getColumn(4).width).toBe(12);
  });

  test("a sheet past the chunk size (over 4 MB of rows) is streamed whole", async () => {
    const n = 60000;
    const rows: string[] = [];
    for (let r = 1; r <= n; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>第${r}行的任务内容写得长一些</t></is></c></row>`);
    const xml = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
    expect(xml.length).toBeGreaterThan(4 << 20);
    const cells = Array.from({ length: n - 1 }, (_v, i) => ({ row: i + 2, cell: { value: i + 2 } }));
    const out = await writePlan(pkg({ sheets: [{ name: "表", xml }] }), plan({ columns: [{ header: "列", col: 3, headerRow: 1, cells }] }));
    const sheet = text(unzip(out).get("xl/worksheets/sheet1.xml"));
    expect(sheet.match(/<row /g)).toHaveLength(n);
    expect(sheet.match(/<c r="C\d+"/g)).toHaveLength(n);
    expect(sheet).toContain(`<c r="C${n}"><v>${n}</v></c></row></sheetData>`);
  });
});

describe("the workbook's parts", () => {
  const sheetXml = (v: string) => `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${v}</t></is></c></row></sheetData></worksheet>`;
  const input = pkg({
    sheets: [
      { name: "表", xml: sheetXml("表") },
      { name: "汇总", xml: sheetXml("旧汇总"), rels: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>` },
      { name: "备注", xml: sheetXml("备注") },
    ],
    workbookExtra: {
      beforeSheets: '<bookViews><workbookView activeTab="2" firstSheet="1"/></bookViews>',
      afterSheets:
        '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">汇总!$A$1:$C$9</definedName>' +
        '<definedName name="_xlnm.Print_Area" localSheetId="2">备注!$A$1:$B$2</definedName><definedName name="全局">表!$A$1</definedName></definedNames>',
    },
  });
  const newSheet = { name: "汇总", kind: "overview" as const, rows: [[{ value: "汇总", bold: true }], [{ value: 12, link: sheetRef(`It's "x"`, "A12") }, { value: "=1+1" }, { value: "@SUM(A1)" }, { value: "2022-10-31", date: true }]] };
  let out: Uint8Array;
  let parts: Map<string, Uint8Array>;
  let wb: string;
  beforeAll(async () => {
    out = await writePlan(input, plan({ sheets: [newSheet], replaceSheets: ["汇总"] }));
    parts = unzip(out);
    wb = text(parts.get("xl/workbook.xml"));
  });

  test("the old sheet goes (part, relationships part, content type), the new one comes last", () => {
    expect(wb).toMatch(/<sheet name="表"[^>]*\/><sheet name="备注"[^>]*\/><sheet name="汇总" sheetId="\d+" r:id="rId\d+"\/><\/sheets>/);
    expect(parts.has("xl/worksheets/_rels/sheet2.xml.rels")).toBe(false);
    const types = text(parts.get("[Content_Types].xml"));
    const rels = text(parts.get("xl/_rels/workbook.xml.rels"));
    // Every sheet's relationship names a part that is there, with a content type; no type names a missing part.
    for (const m of wb.matchAll(/r:id="(rId\d+)"/g)) {
      const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)![1]!;
      expect(parts.has(`xl/${target}`)).toBe(true);
      expect(types).toContain(`PartName="/xl/${target}"`);
    }
    for (const m of types.matchAll(/PartName="\/([^"]+)"/g)) expect(parts.has(m[1]!)).toBe(true);
    expect(xmllint(parts, [...parts.keys()].filter((n) => /\.(xml|rels)$/.test(n)))).toBe("");
  });

  test("defined names: the removed sheet's own go, later ones shift, global ones stay; the active tab follows its sheet", () => {
    expect(wb).toContain('<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">备注!$A$1:$B$2</definedName><definedName name="全局">表!$A$1</definedName></definedNames>');
    expect(wb).toContain('<workbookView activeTab="1" firstSheet="0"/>');
  });

  test("cells: links as HYPERLINK formulas with quotes escaped, formula-looking text as text, dates as dates", async () => {
    const ws = (await loadBytes(out)).getWorksheet("汇总")!;
    expect(ws.getCell("A1").value).toBe("汇总");
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("A2").value).toEqual({ formula: `HYPERLINK("#'It''s ""x""'!A12",12)`, result: 12 });
    expect(ws.getCell("B2").value).toBe("=1+1");
    expect(ws.getCell("B2").type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell("C2").value).toBe("@SUM(A1)");
    expect(ws.getCell("D2").value).toEqual(new Date(Date.UTC(2022, 9, 31)));
    expect(ws.getCell("D2").numFmt).toBe("yyyy-mm-dd");
    expect(inOrder(children(text(parts.get("xl/worksheets/sheet4.xml") ?? parts.get("xl/worksheets/sheet2.xml"))), WORKSHEET_ORDER)).toBe(true);
  });

  test("a plan for a sheet that is not there, or a new sheet whose name is taken: a WorkbookError", async () => {
    await expect(writePlan(input, plan({ sheet: "没有" }))).rejects.toThrow(WorkbookError);
    await expect(writePlan(input, plan({ sheets: [{ ...newSheet, name: "备注" }] }))).rejects.toThrow(WorkbookError);
    await expect(writePlan(new Uint8Array([1, 2, 3]), plan({}))).rejects.toThrow(WorkbookError);
  });
});

describe("the table's rows: copied, appended to, or rewritten", () => {
  // Each cell of a written sheet by reference (a cell without r takes the column after the one before it): its
  // style and what it holds.
  const cellsOf = (xml: string) => {
    const out = new Map<string, string>();
    for (const row of xml.matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/g)) {
      let col = 0;
      for (const m of row[2]!.matchAll(/<c\b([^>]*?)(\/>|>(.*?)<\/c>)/g)) {
        const ref = /\br="([A-Z]+)\d+"/.exec(m[1]!)?.[1];
        col = ref ? ref.charCodeAt(0) - 64 : col + 1;
        out.set(`${String.fromCharCode(64 + col)}${row[1]}`, `${/\bs="(\d+)"/.exec(m[1]!)?.[1] ?? "0"}|${m[3] ?? ""}`);
      }
    }
    return out;
  };
  const rowOpens = (xml: string) => [...xml.matchAll(/<row [^>]*>/g)].map((m) => m[0]);

  test("a row whose cells all carry r gets the same cells, styles and row tags as one where some do not", async () => {
    const rowSpec = fc.record({
      cols: fc.uniqueArray(fc.integer({ min: 1, max: 6 }), { maxLength: 6 }).map((c) => c.sort((a, b) => a - b)),
      styled: fc.boolean(),
      spans: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(rowSpec, { minLength: 1, maxLength: 6 }), fc.constantFrom(3, 7), async (rows, col) => {
        const sheetXml = (withR: boolean) =>
          `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>` +
          rows
            .map((row, i) => {
              const r = i + 1;
              const cells = row.cols.map((c) => {
                const ref = `${String.fromCharCode(64 + c)}${r}`;
                return `<c${withR || c === row.cols[0] ? ` r="${ref}"` : ""}${row.styled ? ' s="1"' : ""}><v>${r * 10 + c}</v></c>`;
              });
              // Without r, a cell takes the column after the one before it: only a run from the first one works.
              const contiguous = row.cols.every((c, k) => k === 0 || c === row.cols[k - 1]! + 1);
              // The last cell keeps its r too: the row may then be appended to, its style looked up or not.
              const last = row.cols.length - 1;
              const body = cells.map((x, k) => (!withR && (!contiguous || (k === last && last % 2 === 0)) && !x.includes(" r=") ? x.replace("<c", `<c r="${String.fromCharCode(64 + row.cols[k]!)}${r}"`) : x)).join("");
              return `<row r="${r}"${row.spans ? ' spans="1:6"' : ""}>${body}</row>`;
            })
            .join("") +
          `</sheetData></worksheet>`;
        const added: PlannedColumn = { header: "加", col, headerRow: 1, cells: rows.slice(1).map((_r, i) => ({ row: i + 2, cell: { value: i } })), styleFromCol: 2 };
        const write = async (withR: boolean) => text(unzip(await writePlan(pkg({ sheets: [{ name: "表", xml: sheetXml(withR) }] }), plan({ columns: [added] }))).get("xl/worksheets/sheet1.xml"));
        const [a, b] = await Promise.all([write(true), write(false)]);
        expect(cellsOf(a)).toEqual(cellsOf(b));
        expect(rowOpens(a)).toEqual(rowOpens(b));
        expect(a).not.toContain("spans");
        expect([...cellsOf(a).keys()].filter((k) => k.startsWith(String.fromCharCode(64 + col)))).toHaveLength(rows.length);
      }),
      { numRuns: 60 },
    );
  });
});

describe("generated cells and the workbook's shared strings", () => {
  // Entries: 0 plain, 1 formatted runs, 2 with a phonetic guide, 3 an entity, 4 white space kept, 5 the same text
  // as 0, 6 white space without xml:space, 7 an empty entry, 8 a control character as Excel escapes it.
  const sst =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="9" uniqueCount="9">` +
    `<si><t>甲任务</t></si><si><r><rPr><b/></rPr><t>乙</t></r></si><si><t>丙</t><rPh sb="0" eb="1"><t>へい</t></rPh></si>` +
    `<si><t>A&amp;B</t></si><si><t xml:space="preserve"> 前后空格 </t></si><si><t>甲任务</t></si><si><t> 无标记 </t></si><si/>` +
    `<si><t xml:space="preserve">行一_x000D_</t></si></sst>`;
  const input = pkg({
    sheets: [{ name: "表", xml: `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>` }],
    sharedStrings: sst,
  });
  const values = ["甲任务", "乙", "丙", "A&B", " 前后空格 ", " 无标记 ", "行一\r", "不在表中", "=SUM(A1)"];
  const newSheet = { name: "单位", kind: "unit" as const, rows: [values.map((value) => ({ value })), [{ value: "甲任务", bold: true }, { value: 7 }]] };
  let out: Uint8Array;
  beforeAll(async () => {
    out = await writePlan(input, plan({ sheets: [newSheet] }));
  });

  test("a text that is a plain entry becomes a reference to it (the first of equal ones); formatted, phonetic and ambiguous ones stay inline", () => {
    const sheet = text(unzip(out).get("xl/worksheets/sheet2.xml"));
    const cell = (ref: string) => new RegExp(`<c r="${ref}"[^>]*?(/>|>.*?</c>)`).exec(sheet)?.[0];
    expect(cell("A1")).toBe('<c r="A1" t="s"><v>0</v></c>');
    expect(cell("B1")).toContain('t="inlineStr"');
    expect(cell("C1")).toContain('t="inlineStr"');
    expect(cell("D1")).toBe('<c r="D1" t="s"><v>3</v></c>');
    expect(cell("E1")).toBe('<c r="E1" t="s"><v>4</v></c>');
    expect(cell("F1")).toContain('t="inlineStr"');
    expect(cell("G1")).toBe('<c r="G1" t="s"><v>8</v></c>');
    expect(cell("H1")).toContain('t="inlineStr"');
    expect(cell("I1")).toContain('t="inlineStr"');
    expect(cell("A2")).toMatch(/^<c r="A2" s="\d+" t="s"><v>0<\/v><\/c>$/);
  });

  test("sharedStrings.xml is the input's, byte for byte, and every cell reads back as the text it was", async () => {
    expect(text(unzip(out).get("xl/sharedStrings.xml"))).toBe(sst);
    const ws = (await loadBytes(out)).getWorksheet("单位")!;
    values.forEach((v, i) => expect(ws.getRow(1).getCell(i + 1).value).toBe(v));
    expect(ws.getCell("A2").value).toBe("甲任务");
    expect(ws.getCell("A2").font?.bold).toBe(true);
  });
});

describe("the writer's byte sink", () => {
  test("text, bytes, and bytes a writer puts in place itself come out as the UTF-8 of the whole, in chunks of any size", async () => {
    const piece = fc.oneof(
      fc.record({ kind: fc.constant("emit" as const), s: fc.string({ unit: "binary", maxLength: 40 }) }),
      fc.record({ kind: fc.constant("bytes" as const), s: fc.string({ unit: "binary", maxLength: 40 }) }),
      fc.record({ kind: fc.constant("big" as const), n: fc.integer({ min: 300_000, max: 700_000 }) }),
      fc.record({ kind: fc.constant("bigBytes" as const), n: fc.integer({ min: 300_000, max: 700_000 }) }),
      fc.record({ kind: fc.constant("room" as const), n: fc.integer({ min: 1, max: 1_500_000 }) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (pieces) => {
        const chunks: Uint8Array[] = [];
        const out = new Sink({ push: (c) => void chunks.push(c.slice()), drain: async () => undefined, end: async () => ({ w: null as never, chunks: [] }) });
        let expected = "";
        for (const p of pieces) {
          if (p.kind === "emit") out.emit(p.s);
          else if (p.kind === "bytes") out.bytes(new Uint8Array(Buffer.from(p.s, "utf8")));
          else if (p.kind === "big") out.emit("任".repeat(p.n));
          else if (p.kind === "bigBytes") out.bytes(new Uint8Array(Buffer.from("任".repeat(p.n), "utf8")));
          else {
            // A writer asking for room, then writing there itself.
            out.room(p.n);
            out.buf.fill(0x61, out.pos, out.pos + p.n);
            out.pos += p.n;
          }
          expected += p.kind === "big" || p.kind === "bigBytes" ? "任".repeat(p.n) : p.kind === "room" ? "a".repeat(p.n) : p.s;
          if (out.pushed) await out.pause();
        }
        await out.end();
        expect(Buffer.concat(chunks).equals(Buffer.from(expected, "utf8"))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  test("a generated cell longer than a chunk, and rows past many chunks, read back whole", async () => {
    const long = "很长的工作要求".repeat(60_000);
    const rows = [[{ value: long }], ...Array.from({ length: 30_000 }, (_v, i) => [{ value: i + 1 }, { value: `第${i + 1}项任务` }])];
    const input = pkg({ sheets: [{ name: "表", xml: `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>` }] });
    const out = await writePlan(input, plan({ sheets: [{ name: "长", kind: "unit", rows }] }));
    const ws = (await loadBytes(out)).getWorksheet("长")!;
    expect(ws.getCell("A1").value).toBe(long);
    expect(ws.getCell("A30001").value).toBe(30_000);
    expect(ws.getCell("B30001").value).toBe("第30000项任务");
    expect(ws.rowCount).toBe(30_001);
  });
});

describe("the zip writer's checksum", () => {
  // The platform's CompressionStream (the page), and node's zlib as the command line sets it.
  test.each([
    ["CompressionStream", null],
    ["node's zlib (the command line)", nodeGzip],
  ])("each new entry's CRC-32 and size (from the compressor's gzip trailer) are zlib's, whole or pushed in pieces — %s", async (_name, gzip) => {
    const zlib = jest.requireActual<typeof import("zlib")>("zlib");
    useGzip(gzip);
    try {
      await checksums(zlib);
    } finally {
      useGzip(null);
    }
  });
});

describe("node's inflater, as the command line sets it", () => {
  test("a table sheet of many MB reads and writes to the same workbook as with the platform's streams", async () => {
    const n = 40000;
    const rows: string[] = [];
    for (let r = 1; r <= n; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>第${r}行 ${(r * 7919) % 104729}</t></is></c></row>`);
    const input = pkg({ sheets: [{ name: "表", xml: `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows.join("")}</sheetData></worksheet>` }] });
    const p = plan({ columns: [{ header: "列", col: 3, headerRow: 1, cells: [{ row: n, cell: { value: "末行" } }] }] });
    const platform = await writePlan(input, p);
    useInflater(nodeInflate);
    try {
      const withNode = await writePlan(input, p);
      expect(text(unzip(withNode).get("xl/worksheets/sheet1.xml"))).toBe(text(unzip(platform).get("xl/worksheets/sheet1.xml")));
      const book = openBook(input);
      const read = await readTableAsync(book, "表");
      expect(read.cells.values).toHaveLength(n);
      expect(read.cells.values[n - 1]).toEqual([n, `第${n}行 ${(n * 7919) % 104729}`]);
    } finally {
      useInflater(null);
    }
  });
});

async function checksums(zlib: typeof import("zlib")): Promise<void> {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 200 }), fc.nat(200), async (b, cut) => {
        const k = Math.min(cut, b.length);
        const zip = new ZipWriter();
        await zip.add("whole.bin", b);
        const s = deflating("pieces.bin");
        s.push(b.slice(0, k));
        s.push(b.slice(k));
        zip.put(await s.end());
        const bytes = zip.finish();
        for (const e of zipEntries(bytes)!) {
          expect([e.name, e.crc, e.size]).toEqual([e.name, zlib.crc32(b), b.length]);
          expect(Buffer.from(zlib.inflateRawSync(rawData(bytes, e)!)).equals(Buffer.from(b))).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
}
