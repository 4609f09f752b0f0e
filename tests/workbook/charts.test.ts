/**
 * The overview's bar charts inside the written .xlsx (issue 17): DrawingML parts the writer adds (a drawing on the
 * overview, two chart parts whose formulas point at the overview's cells and whose caches hold what those cells
 * show), well-formed; a re-run replaces them (and the parts Excel adds to a chart it saved) without orphans or
 * piles; the user's own drawings and charts keep their names and bytes.
 */
import ExcelJS from "exceljs";
import { processWorkbook, type ProcessOptions } from "../../src/workbook/process";
import { writePlan } from "../../src/workbook/xlsx/write";
import type { EditPlan } from "../../src/core/types";
import { CHART_UNITS } from "../../src/core/report/chart";
import { donePercent } from "../../src/core/plan/charts";
import { sortForAttention } from "../../src/core/summary";
import { OVERVIEW_SHEET_NAME } from "../../src/core/plan";
import { BASE, CT, chartAddition, rels, text, unzip, utf8, withParts, zip } from "./fidelity-corpus";
import { xmllint } from "./writer-support";

const OPTS: ProcessOptions = { asOf: "2022-10-20", parts: { columns: true, highlights: true, sheets: true }, builtAt: "2022-10-20T09:30:00" };

type Files = Map<string, Uint8Array>;

/** Relationship targets of one .rels part, as part names. */
function targets(files: Files, relsName: string): { type: string; part: string }[] {
  const owner = relsName === "_rels/.rels" ? "" : relsName.replace(/_rels\/([^/]+)\.rels$/, "$1");
  const dir = owner.includes("/") ? owner.slice(0, owner.lastIndexOf("/") + 1) : "";
  return [...text(files.get(relsName)).matchAll(/<Relationship\b[^>]*>/g)]
    .filter((m) => !/TargetMode="External"/.test(m[0]))
    .map((m) => {
      const target = /Target="([^"]*)"/.exec(m[0])![1]!;
      const parts = target.startsWith("/") ? [] : dir.split("/").filter(Boolean);
      for (const seg of target.replace(/^\//, "").split("/")) {
        if (seg === "..") parts.pop();
        else parts.push(seg);
      }
      return { type: /Type="([^"]*)"/.exec(m[0])![1]!, part: parts.join("/") };
    });
}

/** Drawing and chart parts nothing refers to, relationships to missing parts, content types of missing parts. */
function orphans(files: Files): string[] {
  const referenced = new Set<string>();
  const bad: string[] = [];
  for (const name of files.keys()) {
    if (!name.endsWith(".rels")) continue;
    const owner = name === "_rels/.rels" ? "" : name.replace(/_rels\/([^/]+)\.rels$/, "$1");
    if (owner !== "" && !files.has(owner)) bad.push(`rels of a missing part: ${name}`);
    for (const t of targets(files, name)) {
      referenced.add(t.part);
      if (!files.has(t.part)) bad.push(`missing target: ${t.part} (from ${name})`);
    }
  }
  for (const name of files.keys()) if (/^xl\/(drawings|charts)\/[^/]+\.xml$/.test(name) && !referenced.has(name)) bad.push(`orphan: ${name}`);
  for (const m of text(files.get("[Content_Types].xml")).matchAll(/PartName="\/([^"]*)"/g)) if (!files.has(m[1]!)) bad.push(`content type of a missing part: ${m[1]}`);
  return bad;
}

const ours = (files: Files) => [...files.keys()].filter((n) => /^xl\/(drawings|charts)\//.test(n)).sort();

/** The overview's part (by its name in workbook.xml). */
function overviewPart(files: Files): string {
  const rid = new RegExp(`<sheet [^>]*name="${OVERVIEW_SHEET_NAME}"[^>]*r:id="([^"]+)"`).exec(text(files.get("xl/workbook.xml")))![1];
  const rel = [...text(files.get("xl/_rels/workbook.xml.rels")).matchAll(/<Relationship\b[^>]*>/g)].find((m) => m[0].includes(`Id="${rid}"`))![0];
  return `xl/${/Target="([^"]+)"/.exec(rel)![1]!.replace(/^\/?xl\//, "")}`;
}

function chartsOf(files: Files, sheetPart: string): string[] {
  const rel = sheetPart.replace(/([^/]+)$/, "_rels/$1.rels");
  const drawings = targets(files, rel).filter((t) => t.type.endsWith("/drawing")).map((t) => t.part);
  return drawings.flatMap((d) => targets(files, d.replace(/([^/]+)$/, "_rels/$1.rels")).filter((t) => t.type.endsWith("/chart")).map((t) => t.part));
}

const cache = (xml: string, el: "cat" | "val") =>
  [...(new RegExp(`<c:${el}>([\\s\\S]*?)</c:${el}>`).exec(xml)?.[1] ?? "").matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => m[1]);
const formula = (xml: string, el: "cat" | "val" | "tx") => new RegExp(`<c:${el}>[\\s\\S]*?<c:f>([^<]*)</c:f>`).exec(xml)?.[1];

test("seed 004: the overview carries two bar charts over its own cells, their caches what the cells show", async () => {
  const once = await processWorkbook(BASE, OPTS);
  const files = unzip(once.output!);
  const part = overviewPart(files);
  const charts = chartsOf(files, part);
  expect(charts.length).toBe(2);
  expect(ours(files).length).toBe(4); // the drawing, its relationships (to the charts), two charts
  expect(text(files.get(part))).toMatch(/<pageMargins [^>]*\/><drawing r:id="rIdBreakdownDrawing"\/><\/worksheet>$/);
  expect(xmllint(files, [...ours(files), part.replace(/([^/]+)$/, "_rels/$1.rels"), "[Content_Types].xml"])).toBe("");
  expect(orphans(files)).toEqual([]);

  // The bars: the units needing attention first, their 完成率 and 逾期 as the pane counts them.
  const units = sortForAttention(once.result.summary).slice(0, CHART_UNITS);
  const [rate, overdue] = charts.map((c) => text(files.get(c)));
  expect(cache(rate!, "cat")).toEqual(units.map((u) => u.unit));
  expect(cache(rate!, "val").map(Number)).toEqual(units.map((u) => donePercent(u.done, u.total)));
  expect(cache(overdue!, "val").map(Number)).toEqual(units.map((u) => u.overdue));
  expect(rate).toContain('<c:barDir val="bar"/>');

  // The formulas name the overview's cells, and those cells (read back from the written file) hold the caches.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(once.output!) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(OVERVIEW_SHEET_NAME)!;
  for (const xml of [rate!, overdue!]) {
    for (const el of ["cat", "val"] as const) {
      const m = /^'(.+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(formula(xml, el)!)!;
      expect(m[1]).toBe(OVERVIEW_SHEET_NAME);
      const shown = Array.from({ length: Number(m[5]) - Number(m[3]) + 1 }, (_, i) => String(ws.getCell(`${m[2]}${Number(m[3]) + i}`).value));
      expect(shown).toEqual(cache(xml, el));
    }
    expect(ws.getCell(formula(xml, "tx")!.replace(/^.*!/, "").replace(/\$/g, "")).value).toMatch(/完成率|已逾期/);
  }
});

test("a re-run replaces the charts (with the style parts Excel adds on save): no orphans, no second set", async () => {
  const once = await processWorkbook(BASE, OPTS);
  // As Excel saves a chart: a style and a colour part hang off the first chart.
  const files = unzip(once.output!);
  const chart = chartsOf(files, overviewPart(files))[0]!;
  files.set(chart.replace(/([^/]+)$/, "_rels/$1.rels"), utf8(rels([["rId1", "http://schemas.microsoft.com/office/2011/relationships/chartStyle", "style1.xml"], ["rId2", "http://schemas.microsoft.com/office/2011/relationships/chartColorStyle", "colors1.xml"]])));
  files.set("xl/charts/style1.xml", utf8('<?xml version="1.0"?><cs:chartStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" id="201"/>'));
  files.set("xl/charts/colors1.xml", utf8('<?xml version="1.0"?><cs:colorStyle xmlns:cs="http://schemas.microsoft.com/office/drawing/2012/chartStyle" meth="cycle" id="10"/>'));
  const types = text(files.get("[Content_Types].xml")).replace("</Types>", '<Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/><Override PartName="/xl/charts/colors1.xml" ContentType="application/vnd.ms-office.chartcolorstyle+xml"/></Types>');
  files.set("[Content_Types].xml", utf8(types));
  const saved = zip([...files].map(([name, data]) => ({ name, data })));
  const twice = await processWorkbook(saved, OPTS);
  const after = unzip(twice.output!);
  expect(orphans(after)).toEqual([]);
  expect(ours(after)).toEqual(ours(unzip(once.output!)));
  expect(chartsOf(after, overviewPart(after)).length).toBe(2);
  expect(text(after.get("[Content_Types].xml"))).not.toContain("style1.xml");
});

test("the user's own drawing and charts keep their part names; ours take free ones, once per run", async () => {
  const input = withParts(chartAddition());
  const once = await processWorkbook(input, OPTS);
  const twice = await processWorkbook(once.output!, OPTS);
  const a = unzip(input);
  for (const files of [unzip(once.output!), unzip(twice.output!)]) {
    for (const p of ["xl/drawings/drawing1.xml", "xl/charts/chart1.xml", "xl/charts/chart2.xml"]) expect(text(files.get(p))).toBe(text(a.get(p)));
    const mine = chartsOf(files, overviewPart(files));
    expect(mine).toEqual(["xl/charts/chart3.xml", "xl/charts/chart4.xml"]);
    expect(ours(files).filter((n) => /drawing\d+\.xml$/.test(n))).toEqual(["xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml"]);
    expect(orphans(files)).toEqual([]);
    expect(text(files.get("[Content_Types].xml")).match(new RegExp(CT.chart.replace(/[.+]/g, "\\$&"), "g"))?.length).toBe(4);
  }
});

test("a sheet with notes and charts: one relationships part names both, <drawing> before <legacyDrawing>", async () => {
  const plan: EditPlan = {
    sheet: "分解表",
    columns: [],
    highlights: [],
    replaceSheets: [],
    notes: [],
    sheets: [
      {
        name: "图表与批注",
        kind: "overview",
        rows: [[{ value: "标题", note: "说明" }], [], [{ value: "单位" }, { value: "完成率" }], [{ value: "甲" }, { value: 50 }], [{ value: "乙" }, { value: 25 }]],
        charts: [{ kind: "done-rate", title: "完成率", categories: "A4:A5", values: "B4:B5", seriesName: "B3", color: "#4472C4", max: 100, majorUnit: 20, from: { row: 4, col: 4 }, to: { row: 16, col: 10 } }],
      },
    ],
  };
  const files = unzip(await writePlan(BASE, plan));
  const part = [...files.keys()].find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n) && text(files.get(n)).includes("<legacyDrawing"))!;
  expect(text(files.get(part))).toMatch(/<drawing r:id="([^"]+)"\/><legacyDrawing r:id="[^"]+"\/><\/worksheet>$/);
  const types = targets(files, part.replace(/([^/]+)$/, "_rels/$1.rels")).map((t) => t.type.replace(/^.*\//, "")).sort();
  expect(types).toEqual(["comments", "drawing", "vmlDrawing"]);
  expect(orphans(files)).toEqual([]);
  expect(xmllint(files, [...ours(files).filter((n) => !n.endsWith(".vml")), part, part.replace(/([^/]+)$/, "_rels/$1.rels"), "[Content_Types].xml"])).toBe("");
  expect(cache(text(files.get(chartsOf(files, part)[0]!)), "val")).toEqual(["50", "25"]);
});
