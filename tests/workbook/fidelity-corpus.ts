/**
 * The fidelity corpus: the seed workbook (tests/fixtures/workbooks/seed004.xlsx) with parts added the way Excel
 * (or WPS) writes them — part, relationships, content type, the element in the sheet at its schema position.
 * Used by tests/workbook/fidelity.test.ts to hold the writer to its promise: every part it does not change comes
 * back byte-identical. Also a small zip writer/reader for tests (stored or deflated, data descriptors, zip64).
 * Run alone to write the corpus as files: `npx tsx tests/workbook/fidelity-corpus.ts DIR`.
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { rawData, zipEntries, type ZipEntry } from "../../src/workbook/zip/read";

const FIXTURES = path.resolve(__dirname, "../fixtures/workbooks");
export const BASE = new Uint8Array(fs.readFileSync(path.join(FIXTURES, "seed004.xlsx")));

// ───────────────────────────── a small zip writer (tests only) ─────────────────────────────

interface FileIn {
  name: string;
  data: Uint8Array;
}

export function zip(files: FileIn[], opts: { comment?: string; store?: boolean } = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name, "utf8");
    const store = opts.store || f.data.byteLength === 0;
    const body = store ? Buffer.from(f.data) : zlib.deflateRawSync(f.data);
    const crc = zlib.crc32(f.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(store ? 0 : 8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(f.data.byteLength, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(store ? 0 : 8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(f.data.byteLength, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const comment = Buffer.from(opts.comment ?? "", "utf8");
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(files.length, 8);
  eocd.writeUInt16LE(files.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  eocd.writeUInt16LE(comment.length, 20);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd, comment]));
}

/** An entry's bytes (Node's zlib: tests read synchronously). */
export function inflated(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const raw = rawData(bytes, e);
  if (!raw) return null;
  return e.method === 0 ? raw : new Uint8Array(zlib.inflateRawSync(raw));
}

export function unzip(bytes: Uint8Array): Map<string, Uint8Array> {
  const entries = zipEntries(bytes);
  if (!entries) throw new Error("not a zip");
  const out = new Map<string, Uint8Array>();
  for (const e of entries) {
    const data = inflated(bytes, e);
    if (!data) throw new Error(`cannot read ${e.name}`);
    out.set(e.name, data);
  }
  return out;
}

export const text = (b: Uint8Array | undefined): string => (b ? Buffer.from(b).toString("utf8") : "");
export const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf8"));

// ───────────────────────────── parts, as Excel writes them ─────────────────────────────

export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
export const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
export const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
export const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
export const XM = "http://schemas.microsoft.com/office/excel/2006/main";
export const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface Addition {
  /** New parts. */
  parts?: Record<string, string | Uint8Array>;
  /** Content-type Overrides (part name without the leading slash → type) and Defaults (extension → type). */
  overrides?: Record<string, string>;
  defaults?: Record<string, string>;
  /** Relationships added to sheet1 / the workbook / the package, [type suffix or full type, target]. */
  sheetRels?: Array<[string, string, string]>;
  workbookRels?: Array<[string, string, string]>;
  packageRels?: Array<[string, string, string]>;
  /** XML put into sheet1.xml after sheetData and before the end (drawing, legacyDrawing …), in order. */
  sheetTail?: string;
  /** XML put into workbook.xml before </workbook>. */
  workbookTail?: string;
  /** XML put into a part before the first occurrence of `before` (schema positions inside a part). */
  insert?: Array<{ part: string; before: string; xml: string }>;
  /** Text replaced in a part (e.g. the workbook's content type of a macro-enabled file). */
  replace?: Array<{ part: string; from: string; to: string }>;
}

export function rels(list: Array<[string, string, string]>): string {
  return (
    DECL +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.includes("://") ? type : `${REL}/${type}`}" Target="${target}"/>`).join("") +
    `</Relationships>`
  );
}

function addRels(existing: string, list: Array<[string, string, string]>): string {
  const extra = list
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type.includes("://") ? type : `${REL}/${type}`}" Target="${target}"/>`)
    .join("");
  return existing.replace("</Relationships>", `${extra}</Relationships>`);
}

/** The seed workbook with parts added by hand. */
export function withParts(add: Addition, base: Uint8Array = BASE): Uint8Array {
  const files = unzip(base);
  const set = (name: string, s: string) => files.set(name, utf8(s));
  for (const [name, data] of Object.entries(add.parts ?? {})) files.set(name, typeof data === "string" ? utf8(data) : data);
  let types = text(files.get("[Content_Types].xml"));
  for (const [ext, type] of Object.entries(add.defaults ?? {}))
    types = types.replace("<Override ", `<Default Extension="${ext}" ContentType="${type}"/><Override `);
  for (const [part, type] of Object.entries(add.overrides ?? {}))
    types = types.replace("</Types>", `<Override PartName="/${part}" ContentType="${type}"/></Types>`);
  set("[Content_Types].xml", types);
  if (add.sheetRels) set("xl/worksheets/_rels/sheet1.xml.rels", rels(add.sheetRels));
  if (add.workbookRels) set("xl/_rels/workbook.xml.rels", addRels(text(files.get("xl/_rels/workbook.xml.rels")), add.workbookRels));
  if (add.packageRels) set("_rels/.rels", addRels(text(files.get("_rels/.rels")), add.packageRels));
  if (add.sheetTail) set("xl/worksheets/sheet1.xml", text(files.get("xl/worksheets/sheet1.xml")).replace("</worksheet>", `${add.sheetTail}</worksheet>`));
  if (add.workbookTail) set("xl/workbook.xml", text(files.get("xl/workbook.xml")).replace("</workbook>", `${add.workbookTail}</workbook>`));
  for (const i of add.insert ?? []) {
    const x = text(files.get(i.part));
    if (!x.includes(i.before)) throw new Error(`no ${i.before} in ${i.part}`);
    set(i.part, x.replace(i.before, `${i.xml}${i.before}`));
  }
  for (const r of add.replace ?? []) {
    const x = text(files.get(r.part));
    if (!x.includes(r.from)) throw new Error(`no ${r.from} in ${r.part}`);
    set(r.part, x.replace(r.from, r.to));
  }
  return zip([...files].map(([name, data]) => ({ name, data })));
}

export const anchor = (col: number, row: number, inner: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>${col + 5}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 10}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;

export const chartFrame = (id: number, rid: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="图表 ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${NS_R}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

export const textBox = (id: number) =>
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="文本框 ${id}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
  `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1000000" cy="300000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
  `<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>填表说明</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;

export const picture = (id: number, rid: string) =>
  `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id}" name="图片 ${id}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
  `<xdr:blipFill><a:blip xmlns:r="${NS_R}" r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
  `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100000" cy="100000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;

export const drawing = (anchors: string) => `${DECL}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors}</xdr:wsDr>`;

export const chartXml = (title: string) =>
  `${DECL}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${NS_R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
  `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
  `<c:val><c:numRef><c:f>分解表!$B$3:$B$10</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
  `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

// The smallest PNG (1×1, transparent).
export const PNG = new Uint8Array(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
);

export const CT = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  pivotTable: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
  pivotCache: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
  pivotRecords: "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
  vba: "application/vnd.ms-office.vbaProject",
  macroMain: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
  externalLink: "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
  threaded: "application/vnd.ms-excel.threadedcomments+xml",
  person: "application/vnd.ms-excel.person+xml",
  customXmlProps: "application/vnd.openxmlformats-officedocument.customXmlProperties+xml",
  ctrlProp: "application/vnd.ms-excel.controlproperties+xml",
};

export const chartAddition = (extraAnchors = ""): Addition => ({
  parts: {
    "xl/drawings/drawing1.xml": drawing(anchor(6, 1, chartFrame(2, "rId1")) + anchor(6, 12, chartFrame(3, "rId2")) + extraAnchors),
    "xl/drawings/_rels/drawing1.xml.rels": rels([
      ["rId1", "chart", "../charts/chart1.xml"],
      ["rId2", "chart", "../charts/chart2.xml"],
    ]),
    "xl/charts/chart1.xml": chartXml("各单位任务数"),
    "xl/charts/chart2.xml": chartXml("完成情况"),
  },
  overrides: { "xl/drawings/drawing1.xml": CT.drawing, "xl/charts/chart1.xml": CT.chart, "xl/charts/chart2.xml": CT.chart },
  sheetRels: [["rId1", "drawing", "../drawings/drawing1.xml"]],
  sheetTail: '<drawing r:id="rId1"/>',
});

export const pivotAddition: Addition = {
  parts: {
    "xl/pivotCache/pivotCacheDefinition1.xml":
      `${DECL}<pivotCacheDefinition xmlns="${NS_MAIN}" xmlns:r="${NS_R}" r:id="rId1" refreshOnLoad="1" recordCount="0">` +
      `<cacheSource type="worksheet"><worksheetSource ref="A2:E28" sheet="分解表"/></cacheSource>` +
      `<cacheFields count="1"><cacheField name="责任单位" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": rels([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]]),
    "xl/pivotCache/pivotCacheRecords1.xml": `${DECL}<pivotCacheRecords xmlns="${NS_MAIN}" count="0"/>`,
    "xl/pivotTables/pivotTable1.xml":
      `${DECL}<pivotTableDefinition xmlns="${NS_MAIN}" name="数据透视表1" cacheId="1" dataCaption="值" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" outline="1" outlineData="1">` +
      `<location ref="H3:H4" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField axis="axisRow" showAll="0"><items count="1"><item t="default"/></items></pivotField></pivotFields>` +
      `<rowFields count="1"><field x="0"/></rowFields><rowItems count="1"><i t="grand"><x/></i></rowItems><colItems count="1"><i/></colItems></pivotTableDefinition>`,
    "xl/pivotTables/_rels/pivotTable1.xml.rels": rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]]),
  },
  overrides: {
    "xl/pivotCache/pivotCacheDefinition1.xml": CT.pivotCache,
    "xl/pivotCache/pivotCacheRecords1.xml": CT.pivotRecords,
    "xl/pivotTables/pivotTable1.xml": CT.pivotTable,
  },
  sheetRels: [["rId1", "pivotTable", "../pivotTables/pivotTable1.xml"]],
  workbookRels: [["rId9", "pivotCacheDefinition", "pivotCache/pivotCacheDefinition1.xml"]],
  workbookTail: '<pivotCaches><pivotCache cacheId="1" r:id="rId9"/></pivotCaches>',
};

export const vbaAddition: Addition = {
  parts: { "xl/vbaProject.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) },
  defaults: { bin: CT.vba },
  workbookRels: [["rId9", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]],
};

export const sparklineAddition: Addition = {
  sheetTail:
    `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}">` +
    `<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines>` +
    `<x14:sparkline><xm:f>分解表!B3:B5</xm:f><xm:sqref>G3</xm:sqref></x14:sparkline>` +
    `<x14:sparkline><xm:f>分解表!B6:B8</xm:f><xm:sqref>G4</xm:sqref></x14:sparkline>` +
    `</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
};

// A data bar with its x14 extension (Excel 2010+): exceljs reads and writes these — not reported.
export const dataBarAddition: Addition = {
  sheetTail:
    `<conditionalFormatting sqref="B3:B28"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>` +
    `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>{A1B2C3D4-0000-4000-8000-000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting>` +
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
    `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{A1B2C3D4-0000-4000-8000-000000000001}"><x14:dataBar minLength="0" maxLength="100" gradient="0">` +
    `<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>` +
    `<xm:sqref>B3:B28</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
};

export const externalLinkAddition: Addition = {
  parts: {
    "xl/externalLinks/externalLink1.xml":
      `${DECL}<externalLink xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames>` +
      `<sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>5</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
    "xl/externalLinks/_rels/externalLink1.xml.rels": rels([
      ["rId1", "externalLinkPath", "file:///C:/报表/上年任务.xlsx"],
    ]).replace("/>", ' TargetMode="External"/>'),
  },
  overrides: { "xl/externalLinks/externalLink1.xml": CT.externalLink },
  workbookRels: [["rId9", "externalLink", "externalLinks/externalLink1.xml"]],
  workbookTail: '<externalReferences><externalReference r:id="rId9"/></externalReferences>',
};

export const threadedAddition: Addition = {
  parts: {
    "xl/threadedComments/threadedComment1.xml":
      `${DECL}<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">` +
      `<threadedComment ref="C3" dT="2022-10-01T08:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-0000000000A1}"><text>请核实时限</text></threadedComment></ThreadedComments>`,
    "xl/persons/person.xml":
      `${DECL}<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="张三" id="{00000000-0000-0000-0000-000000000001}" userId="zs" providerId="None"/></personList>`,
  },
  overrides: { "xl/threadedComments/threadedComment1.xml": CT.threaded, "xl/persons/person.xml": CT.person },
  sheetRels: [["rId1", "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment", "../threadedComments/threadedComment1.xml"]],
  workbookRels: [["rId9", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml"]],
};

export const customXmlAddition: Addition = {
  parts: {
    "customXml/item1.xml": `${DECL}<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APA.XSL"/>`,
    "customXml/itemProps1.xml":
      `${DECL}<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    "customXml/_rels/item1.xml.rels": rels([["rId1", "customXmlProps", "itemProps1.xml"]]),
  },
  overrides: { "customXml/itemProps1.xml": CT.customXmlProps },
  workbookRels: [["rId9", "customXml", "../customXml/item1.xml"]],
};

export const controlAddition: Addition = {
  parts: {
    "xl/ctrlProps/ctrlProp1.xml": `${DECL}<formControlPr xmlns="${X14}" objectType="CheckBox" checked="Checked" lockText="1"/>`,
  },
  overrides: { "xl/ctrlProps/ctrlProp1.xml": CT.ctrlProp },
  sheetRels: [["rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/ctrlProp", "../ctrlProps/ctrlProp1.xml"]],
  sheetTail:
    `<mc:AlternateContent><mc:Choice Requires="x14"><controls><mc:AlternateContent><mc:Choice Requires="x14">` +
    `<control shapeId="1025" r:id="rId1" name="复选框 1"><controlPr defaultSize="0" autoPict="0"><anchor moveWithCells="1">` +
    `<from><xdr:col xmlns:xdr="${XDR}">6</xdr:col><xdr:colOff xmlns:xdr="${XDR}">0</xdr:colOff><xdr:row xmlns:xdr="${XDR}">2</xdr:row><xdr:rowOff xmlns:xdr="${XDR}">0</xdr:rowOff></from>` +
    `<to><xdr:col xmlns:xdr="${XDR}">7</xdr:col><xdr:colOff xmlns:xdr="${XDR}">0</xdr:colOff><xdr:row xmlns:xdr="${XDR}">3</xdr:row><xdr:rowOff xmlns:xdr="${XDR}">0</xdr:rowOff></to>` +
    `</anchor></controlPr></control></mc:Choice></mc:AlternateContent></controls></mc:Choice></mc:AlternateContent>`,
};

// A drop-down list drawn from another sheet: Excel 2010+ writes it in the sheet's x14 extension.
export const x14ValidationAddition: Addition = {
  sheetTail:
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="2" xmlns:xm="${XM}">` +
    `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>单位别名!$A$2:$A$30</xm:f></x14:formula1><xm:sqref>D3:D28</xm:sqref></x14:dataValidation>` +
    `<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>单位别名!$B$2:$B$30</xm:f></x14:formula1><xm:sqref>E3:E28</xm:sqref></x14:dataValidation>` +
    `</x14:dataValidations></ext></extLst>`,
};

// A highlight whose formula looks at another sheet: Excel writes it in the x14 extension too.
export const x14RuleAddition: Addition = {
  sheetTail:
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
    `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" priority="2" id="{A1B2C3D4-0000-4000-8000-000000000002}">` +
    `<xm:f>COUNTIF(单位别名!$A:$A,$D3)=0</xm:f><x14:dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></x14:dxf></x14:cfRule>` +
    `<xm:sqref>D3:D28</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
};


const SHEET1 = "xl/worksheets/sheet1.xml";
const WORKBOOK = "xl/workbook.xml";

/** Sheet protection with a legacy (Excel 97 hash) password: right after sheetData. */
export const protectionAddition: Addition = {
  insert: [{ part: SHEET1, before: "<mergeCells", xml: '<sheetProtection password="CC3D" sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>' }],
};

/** A workbook structure lock (with a legacy password): after workbookPr. */
export const structureLockAddition: Addition = {
  insert: [{ part: WORKBOOK, before: "<sheets>", xml: '<workbookProtection workbookPassword="CC3D" lockStructure="1"/>' }],
};

/** A list validation written in the sheet (Excel: a drop-down list of literal choices). */
export const validationAddition: Addition = {
  insert: [
    {
      part: SHEET1,
      before: "<pageMargins",
      xml:
        '<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="E3:E28">' +
        '<formula1>"持续推进,2022年底前,2022年6月底前"</formula1></dataValidation></dataValidations>',
    },
  ],
};

/** An internal hyperlink (a location in the workbook, no relationship), as Excel writes it. */
export const hyperlinkAddition: Addition = {
  insert: [{ part: SHEET1, before: "<pageMargins", xml: `<hyperlinks><hyperlink ref="C3" location="'分解表'!A28" display="到表尾"/></hyperlinks>` }],
};

/** A second user sheet holding an Excel Table (with its filter buttons). */
export const tableAddition: Addition = {
  parts: {
    "xl/worksheets/sheet2.xml":
      `${DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><dimension ref="A1:B3"/><sheetData>` +
      `<row r="1"><c r="A1" t="inlineStr"><is><t>单位</t></is></c><c r="B1" t="inlineStr"><is><t>联系人</t></is></c></row>` +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>市司法局</t></is></c><c r="B2" t="inlineStr"><is><t>张三</t></is></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>市教育局</t></is></c><c r="B3" t="inlineStr"><is><t>李四</t></is></c></row>` +
      `</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>`,
    "xl/worksheets/_rels/sheet2.xml.rels": rels([["rId1", "table", "../tables/table1.xml"]]),
    "xl/tables/table1.xml":
      `${DECL}<table xmlns="${NS_MAIN}" id="1" name="联系人" displayName="联系人" ref="A1:B3" totalsRowShown="0"><autoFilter ref="A1:B3"/>` +
      `<tableColumns count="2"><tableColumn id="1" name="单位"/><tableColumn id="2" name="联系人"/></tableColumns>` +
      `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
  },
  overrides: {
    "xl/worksheets/sheet2.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
    "xl/tables/table1.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  },
  workbookRels: [["rId10", "worksheet", "worksheets/sheet2.xml"]],
  insert: [{ part: WORKBOOK, before: "</sheets>", xml: '<sheet name="联系人" sheetId="2" r:id="rId10"/>' }],
};

/** WPS in-cell pictures: xl/cellimages.xml (+ rels, media) and a DISPIMG formula in a cell. */
export const wpsCellImageAddition: Addition = {
  parts: {
    "xl/cellimages.xml":
      `${DECL}<etc:cellImages xmlns:xdr="${XDR}" xmlns:r="${NS_R}" xmlns:a="${A}" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">` +
      `<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="ID_0F1E2D3C4B5A" descr="签章"/><xdr:cNvPicPr/></xdr:nvPicPr>` +
      `<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100000" cy="100000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage></etc:cellImages>`,
    "xl/_rels/cellimages.xml.rels": rels([["rId1", "image", "media/image1.png"]]),
    "xl/media/image1.png": PNG,
  },
  defaults: { png: "image/png" },
  overrides: { "xl/cellimages.xml": "application/vnd.wps-officedocument.cellimage+xml" },
  workbookRels: [["rId11", "http://www.wps.cn/officeDocument/2020/cellImage", "cellimages.xml"]],
  insert: [{ part: SHEET1, before: '</row><row r="2"', xml: '<c r="J1" t="str"><f>_xlfn.DISPIMG("ID_0F1E2D3C4B5A",1)</f><v>=DISPIMG("ID_0F1E2D3C4B5A",1)</v></c>' }],
};

/** Macros: the VBA project, and the workbook's content type of a macro-enabled file (.xlsm). */
export const xlsmAddition: Addition = {
  ...vbaAddition,
  replace: [
    {
      part: "[Content_Types].xml",
      from: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
      to: CT.macroMain,
    },
  ],
};

export const chartsheetAddition: Addition = {
  ...chartAddition(),
  parts: {
    "xl/chartsheets/sheet2.xml": `${DECL}<chartsheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
    "xl/chartsheets/_rels/sheet2.xml.rels": rels([["rId1", "drawing", "../drawings/drawing2.xml"]]),
    "xl/drawings/drawing2.xml": drawing(`<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8000000" cy="5000000"/>${chartFrame(2, "rId1")}<xdr:clientData/></xdr:absoluteAnchor>`),
    "xl/drawings/_rels/drawing2.xml.rels": rels([["rId1", "chart", "../charts/chart1.xml"]]),
    "xl/charts/chart1.xml": chartXml("各单位任务数"),
  },
  overrides: {
    "xl/chartsheets/sheet2.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml",
    "xl/drawings/drawing2.xml": CT.drawing,
    "xl/charts/chart1.xml": CT.chart,
  },
  sheetRels: undefined,
  sheetTail: undefined,
  workbookRels: [["rId9", "chartsheet", "chartsheets/sheet2.xml"]],
  insert: [{ part: WORKBOOK, before: "</sheets>", xml: '<sheet name="图表" sheetId="2" r:id="rId9"/>' }],
};

export const connectionAddition: Addition = {
  parts: {
    "xl/connections.xml": `${DECL}<connections xmlns="${NS_MAIN}"><connection id="1" name="任务库" type="1" refreshedVersion="6" background="1"><dbPr connection="DSN=tasks;" command="SELECT * FROM tasks"/></connection></connections>`,
  },
  overrides: { "xl/connections.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml" },
  workbookRels: [["rId9", "connections", "connections.xml"]],
};

export const oleAddition: Addition = {
  parts: { "xl/embeddings/oleObject1.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
  defaults: { bin: "application/vnd.openxmlformats-officedocument.oleObject" },
  sheetRels: [["rId1", "oleObject", "../embeddings/oleObject1.bin"]],
  sheetTail: '<oleObjects><oleObject progId="Word.Document.12" shapeId="1025" r:id="rId1"/></oleObjects>',
};

export const slicerAddition: Addition = {
  parts: {
    "xl/slicers/slicer1.xml": `${DECL}<slicers xmlns="${X14}"><slicer name="责任单位" cache="切片器_责任单位" caption="责任单位" rowHeight="241300"/></slicers>`,
    "xl/slicerCaches/slicerCache1.xml": `${DECL}<slicerCacheDefinition xmlns="${X14}" name="切片器_责任单位" sourceName="责任单位"/>`,
  },
  overrides: { "xl/slicers/slicer1.xml": "application/vnd.ms-excel.slicer+xml", "xl/slicerCaches/slicerCache1.xml": "application/vnd.ms-excel.slicerCache+xml" },
  sheetRels: [["rId1", "http://schemas.microsoft.com/office/2007/relationships/slicer", "../slicers/slicer1.xml"]],
  workbookRels: [["rId9", "http://schemas.microsoft.com/office/2007/relationships/slicerCache", "slicerCaches/slicerCache1.xml"]],
};

export const calcChainAddition: Addition = {
  parts: { "xl/calcChain.xml": `${DECL}<calcChain xmlns="${NS_MAIN}"><c r="B3" i="1"/></calcChain>` },
  overrides: { "xl/calcChain.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml" },
  workbookRels: [["rId12", "calcChain", "calcChain.xml"]],
};

export interface CorpusCase {
  what: string;
  add: Addition;
  /** File extension the workbook carries. */
  ext: "xlsx" | "xlsm";
  /** Text that must come back verbatim inside the parts the writer does change (sheet1, workbook …). */
  keep?: Array<{ part: string; text: string }>;
}

const sheetKeep = (a: Addition): CorpusCase["keep"] => [
  ...(a.sheetTail ? [{ part: SHEET1, text: a.sheetTail }] : []),
  ...(a.insert ?? []).map((i) => ({ part: i.part, text: i.xml })),
];

/** Every kind of content the writer must carry over unchanged. */
export const CORPUS: CorpusCase[] = [
  { what: "two charts (drawing, chart parts)", add: chartAddition(), ext: "xlsx", keep: sheetKeep(chartAddition()) },
  { what: "a text box beside a chart", add: chartAddition(anchor(14, 1, textBox(4))), ext: "xlsx" },
  { what: "a pivot table with its cache", add: pivotAddition, ext: "xlsx", keep: [{ part: WORKBOOK, text: pivotAddition.workbookTail! }] },
  { what: "macros (.xlsm)", add: xlsmAddition, ext: "xlsm", keep: [{ part: "[Content_Types].xml", text: CT.macroMain }] },
  { what: "sparklines (x14 extension)", add: sparklineAddition, ext: "xlsx", keep: sheetKeep(sparklineAddition) },
  { what: "WPS cell images (xl/cellimages.xml)", add: wpsCellImageAddition, ext: "xlsx", keep: sheetKeep(wpsCellImageAddition) },
  { what: "sheet protection with a legacy password", add: protectionAddition, ext: "xlsx", keep: sheetKeep(protectionAddition) },
  { what: "a workbook structure lock", add: structureLockAddition, ext: "xlsx", keep: sheetKeep(structureLockAddition) },
  { what: "an Excel Table with filter buttons", add: tableAddition, ext: "xlsx", keep: sheetKeep(tableAddition) },
  { what: "a list data validation", add: validationAddition, ext: "xlsx", keep: sheetKeep(validationAddition) },
  { what: "an internal hyperlink", add: hyperlinkAddition, ext: "xlsx", keep: sheetKeep(hyperlinkAddition) },
  { what: "a data bar with its x14 extension", add: dataBarAddition, ext: "xlsx", keep: sheetKeep(dataBarAddition) },
  { what: "a rule looking at another sheet (x14)", add: x14RuleAddition, ext: "xlsx", keep: sheetKeep(x14RuleAddition) },
  { what: "drop-down lists from another sheet (x14)", add: x14ValidationAddition, ext: "xlsx", keep: sheetKeep(x14ValidationAddition) },
  { what: "a link to another workbook", add: externalLinkAddition, ext: "xlsx", keep: [{ part: WORKBOOK, text: externalLinkAddition.workbookTail! }] },
  { what: "a threaded comment", add: threadedAddition, ext: "xlsx" },
  { what: "custom XML data", add: customXmlAddition, ext: "xlsx" },
  { what: "a form control", add: controlAddition, ext: "xlsx", keep: sheetKeep(controlAddition) },
  { what: "a chart sheet", add: chartsheetAddition, ext: "xlsx", keep: sheetKeep(chartsheetAddition) },
  { what: "an external data connection", add: connectionAddition, ext: "xlsx" },
  { what: "an embedded object", add: oleAddition, ext: "xlsx", keep: sheetKeep(oleAddition) },
  { what: "a slicer", add: slicerAddition, ext: "xlsx" },
];

/** Write the corpus (and the calcChain case) as files: `npx tsx tests/workbook/fidelity-corpus.ts DIR`. */
if (require.main === module) {
  const dir = process.argv[2] ?? ".";
  fs.mkdirSync(dir, { recursive: true });
  CORPUS.forEach((c, i) => fs.writeFileSync(path.join(dir, `corpus-${String(i + 1).padStart(2, "0")}.${c.ext}`), withParts(c.add)));
  fs.writeFileSync(path.join(dir, "corpus-calcchain.xlsx"), withParts(calcChainAddition));
}
