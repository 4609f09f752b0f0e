/**
 * What a round trip through exceljs drops (src/workbook/fidelity.ts): the seed fixture with parts added by hand,
 * each as Excel writes it (part, relationships, content type), run through processWorkbook; the test checks the
 * part really is gone from the output, and that the user is told so — and that nothing is said for workbooks
 * whose parts all survive (the seed fixtures, a picture, a data bar in an x14 extension).
 */
import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import fc from "fast-check";
import { processWorkbook, type ProcessOptions } from "../../src/workbook/process";
import { FileHost } from "../../src/standalone/file-host";
import { contentTypeOverrides, droppedParts, type DroppedKind } from "../../src/workbook/fidelity";
import { entryBytes, zipEntries } from "../../src/workbook/zip";

const FIXTURES = path.resolve(__dirname, "../fixtures/workbooks");
const BASE = new Uint8Array(fs.readFileSync(path.join(FIXTURES, "seed004.xlsx")));
const OPTS: ProcessOptions = {
  asOf: "2022-10-20",
  parts: { columns: true, highlights: true, sheets: true },
  builtAt: "2022-10-20T09:30:00",
};

// ───────────────────────────── a small zip writer (tests only) ─────────────────────────────

interface FileIn {
  name: string;
  data: Uint8Array;
}

function zip(files: FileIn[], opts: { comment?: string; store?: boolean } = {}): Uint8Array {
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

async function unzip(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const entries = zipEntries(bytes);
  if (!entries) throw new Error("not a zip");
  const out = new Map<string, Uint8Array>();
  for (const e of entries) {
    const data = await entryBytes(bytes, e);
    if (!data) throw new Error(`cannot read ${e.name}`);
    out.set(e.name, data);
  }
  return out;
}

const text = (b: Uint8Array | undefined): string => (b ? Buffer.from(b).toString("utf8") : "");
const utf8 = (s: string): Uint8Array => new Uint8Array(Buffer.from(s, "utf8"));

// ───────────────────────────── parts, as Excel writes them ─────────────────────────────

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const X14 = "http://schemas.microsoft.com/office/spreadsheetml/2009/9/main";
const XM = "http://schemas.microsoft.com/office/excel/2006/main";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

interface Addition {
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
}

function rels(list: Array<[string, string, string]>): string {
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
async function withParts(add: Addition): Promise<Uint8Array> {
  const files = await unzip(BASE);
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
  return zip([...files].map(([name, data]) => ({ name, data })));
}

const anchor = (col: number, row: number, inner: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>${col + 5}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row + 10}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;

const chartFrame = (id: number, rid: string) =>
  `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id}" name="图表 ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
  `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${NS_R}" r:id="${rid}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;

const textBox = (id: number) =>
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${id}" name="文本框 ${id}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
  `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1000000" cy="300000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
  `<xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>填表说明</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;

const picture = (id: number, rid: string) =>
  `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id}" name="图片 ${id}"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>` +
  `<xdr:blipFill><a:blip xmlns:r="${NS_R}" r:embed="${rid}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
  `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100000" cy="100000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>`;

const drawing = (anchors: string) => `${DECL}<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors}</xdr:wsDr>`;

const chartXml = (title: string) =>
  `${DECL}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${NS_R}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
  `<c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>` +
  `<c:val><c:numRef><c:f>分解表!$B$3:$B$10</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart>` +
  `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
  `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;

// The smallest PNG (1×1, transparent).
const PNG = new Uint8Array(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
);

const CT = {
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

const chartAddition = (extraAnchors = ""): Addition => ({
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

const pivotAddition: Addition = {
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

const vbaAddition: Addition = {
  parts: { "xl/vbaProject.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]) },
  defaults: { bin: CT.vba },
  workbookRels: [["rId9", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]],
};

const sparklineAddition: Addition = {
  sheetTail:
    `<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="${X14}"><x14:sparklineGroups xmlns:xm="${XM}">` +
    `<x14:sparklineGroup displayEmptyCellsAs="gap"><x14:colorSeries rgb="FF376092"/><x14:sparklines>` +
    `<x14:sparkline><xm:f>分解表!B3:B5</xm:f><xm:sqref>G3</xm:sqref></x14:sparkline>` +
    `<x14:sparkline><xm:f>分解表!B6:B8</xm:f><xm:sqref>G4</xm:sqref></x14:sparkline>` +
    `</x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>`,
};

// A data bar with its x14 extension (Excel 2010+): exceljs reads and writes these — not reported.
const dataBarAddition: Addition = {
  sheetTail:
    `<conditionalFormatting sqref="B3:B28"><cfRule type="dataBar" priority="1"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF638EC6"/></dataBar>` +
    `<extLst><ext uri="{B025F937-C7B1-47D3-B67F-A62EFF666E3E}" xmlns:x14="${X14}"><x14:id>{A1B2C3D4-0000-4000-8000-000000000001}</x14:id></ext></extLst></cfRule></conditionalFormatting>` +
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
    `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="{A1B2C3D4-0000-4000-8000-000000000001}"><x14:dataBar minLength="0" maxLength="100" gradient="0">` +
    `<x14:cfvo type="autoMin"/><x14:cfvo type="autoMax"/><x14:negativeFillColor rgb="FFFF0000"/><x14:axisColor rgb="FF000000"/></x14:dataBar></x14:cfRule>` +
    `<xm:sqref>B3:B28</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
};

const externalLinkAddition: Addition = {
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

const threadedAddition: Addition = {
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

const customXmlAddition: Addition = {
  parts: {
    "customXml/item1.xml": `${DECL}<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="\\APA.XSL"/>`,
    "customXml/itemProps1.xml":
      `${DECL}<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
    "customXml/_rels/item1.xml.rels": rels([["rId1", "customXmlProps", "itemProps1.xml"]]),
  },
  overrides: { "customXml/itemProps1.xml": CT.customXmlProps },
  workbookRels: [["rId9", "customXml", "../customXml/item1.xml"]],
};

const controlAddition: Addition = {
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
const x14ValidationAddition: Addition = {
  sheetTail:
    `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="2" xmlns:xm="${XM}">` +
    `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>单位别名!$A$2:$A$30</xm:f></x14:formula1><xm:sqref>D3:D28</xm:sqref></x14:dataValidation>` +
    `<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>单位别名!$B$2:$B$30</xm:f></x14:formula1><xm:sqref>E3:E28</xm:sqref></x14:dataValidation>` +
    `</x14:dataValidations></ext></extLst>`,
};

// A highlight whose formula looks at another sheet: Excel writes it in the x14 extension too.
const x14RuleAddition: Addition = {
  sheetTail:
    `<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
    `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" priority="2" id="{A1B2C3D4-0000-4000-8000-000000000002}">` +
    `<xm:f>COUNTIF(单位别名!$A:$A,$D3)=0</xm:f><x14:dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></x14:dxf></x14:cfRule>` +
    `<xm:sqref>D3:D28</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>`,
};

async function run(input: Uint8Array, lang: "zh-CN" | "en-US" = "zh-CN") {
  const out = await processWorkbook(input, { ...OPTS, lang });
  if (!out.output || !out.plan) throw new Error("no output");
  return { out, files: await unzip(out.output) };
}

const dropNotes = (plan: { notes: Array<{ code: string; message: string; severity: string }> }) =>
  plan.notes.filter((n) => n.code === "output-drops-content");

// ───────────────────────────── the zip reader ─────────────────────────────

describe("zipEntries", () => {
  test("lists every entry of a real .xlsx (exceljs wrote it), with sizes that read back", async () => {
    const entries = zipEntries(BASE);
    expect(entries).not.toBeNull();
    const names = entries!.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]));
    const sheet = entries!.find((e) => e.name === "xl/worksheets/sheet1.xml")!;
    const data = await entryBytes(BASE, sheet);
    expect(data?.byteLength).toBe(sheet.size);
    expect(text(data!)).toMatch(/^<\?xml[\s\S]*<\/worksheet>$/);
  });

  test("round trip: names, stored and deflated data, an archive comment", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), data: fc.uint8Array({ maxLength: 300 }) }), {
          selector: (f) => f.name,
          maxLength: 6,
        }),
        fc.string({ maxLength: 40 }),
        fc.boolean(),
        async (files, comment, store) => {
          const bytes = zip(files, { comment, store });
          const entries = zipEntries(bytes);
          expect(entries?.map((e) => e.name)).toEqual(files.map((f) => f.name));
          for (const [i, e] of (entries ?? []).entries()) expect(await entryBytes(bytes, e)).toEqual(files[i]!.data);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("not a zip, a cut-off zip, random bytes: null, never a throw", () => {
    expect(zipEntries(new Uint8Array(0))).toBeNull();
    expect(zipEntries(utf8("姓名,单位\n张三,市财政局\n"))).toBeNull();
    expect(zipEntries(BASE.subarray(0, BASE.byteLength - 30))).toBeNull();
    expect(zipEntries(BASE.subarray(0, 200))).toBeNull();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        const r = zipEntries(b);
        expect(r === null || Array.isArray(r)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  test("content-type overrides: part name → type", () => {
    const m = contentTypeOverrides(
      `<Types xmlns="x"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/charts/chart1.xml" ContentType="${CT.chart}"/></Types>`,
    );
    expect([...m]).toEqual([["xl/charts/chart1.xml", CT.chart]]);
  });
});

// ───────────────────────────── real round trips ─────────────────────────────

describe("parts exceljs drops: the part is gone from the output, and the user is told", () => {
  const cases: Array<{ what: string; add: Addition; kind: DroppedKind; count: number; lost: (files: Map<string, Uint8Array>) => boolean; zh: RegExp; en: RegExp }> = [
    {
      what: "two charts",
      add: chartAddition(),
      kind: "chart",
      count: 2,
      lost: (f) => ![...f.keys()].some((n) => n.startsWith("xl/charts/")),
      zh: /图表（2个）/,
      en: /charts \(2\)/,
    },
    {
      what: "a pivot table",
      add: pivotAddition,
      kind: "pivot",
      count: 1,
      lost: (f) => ![...f.keys()].some((n) => /pivot/i.test(n)),
      zh: /数据透视表/,
      en: /pivot table/,
    },
    {
      what: "VBA macros",
      add: vbaAddition,
      kind: "vba",
      count: 1,
      lost: (f) => !f.has("xl/vbaProject.bin"),
      zh: /宏/,
      en: /macros/,
    },
    {
      what: "sparklines",
      add: sparklineAddition,
      kind: "sparkline",
      count: 1,
      lost: (f) => !/sparkline/i.test(text(f.get("xl/worksheets/sheet1.xml"))),
      zh: /迷你图/,
      en: /sparkline/,
    },
    {
      what: "drop-down lists drawn from another sheet (x14 data validations)",
      add: x14ValidationAddition,
      kind: "ext-validation",
      count: 2,
      lost: (f) => !/dataValidation/.test(text(f.get("xl/worksheets/sheet1.xml"))),
      zh: /引用其他工作表的数据验证（如下拉列表）（2个）/,
      en: /data validations \(such as drop-down lists\) that refer to other sheets \(2\)/,
    },
    {
      // exceljs reads such a rule as its type alone and then cannot write it (writeBuffer threw before the fix).
      what: "a highlight rule that looks at another sheet (x14 conditional format)",
      add: x14RuleAddition,
      kind: "ext-rule",
      count: 1,
      lost: (f) => !/单位别名/.test(text(f.get("xl/worksheets/sheet1.xml"))),
      zh: /条件格式中引用其他工作表的规则/,
      en: /conditional-format rules that refer to other sheets/,
    },
    {
      what: "a link to another workbook",
      add: externalLinkAddition,
      kind: "external-link",
      count: 1,
      lost: (f) => ![...f.keys()].some((n) => n.startsWith("xl/externalLinks/")),
      zh: /外部工作簿的链接/,
      en: /links to other workbooks/,
    },
    {
      what: "a threaded comment",
      add: threadedAddition,
      kind: "threaded-comment",
      count: 1,
      lost: (f) => ![...f.keys()].some((n) => /threadedComment/i.test(n)),
      zh: /批注/,
      en: /threaded comments/,
    },
    {
      what: "custom XML data",
      add: customXmlAddition,
      kind: "custom-xml",
      count: 1,
      lost: (f) => ![...f.keys()].some((n) => n.startsWith("customXml/")),
      zh: /自定义 XML/,
      en: /custom XML/,
    },
    {
      what: "a form control",
      add: controlAddition,
      kind: "control",
      count: 1,
      lost: (f) => ![...f.keys()].some((n) => /ctrlProp/i.test(n)) && !/<control\b/.test(text(f.get("xl/worksheets/sheet1.xml"))),
      zh: /控件/,
      en: /controls/,
    },
  ];

  for (const c of cases) {
    test(`${c.what}`, async () => {
      const input = await withParts(c.add);
      expect(await droppedParts(input)).toEqual([{ kind: c.kind, count: c.count }]);
      const { out, files } = await run(input);
      // The claim holds: the part really is not in what exceljs wrote.
      expect(c.lost(files)).toBe(true);
      const notes = dropNotes(out.plan!);
      expect(notes).toHaveLength(1);
      expect(notes[0]!.severity).toBe("warning");
      expect(notes[0]!.message).toMatch(c.zh);
      expect(notes[0]!.message).toMatch(/请保留原文件/);
      expect(out.dropped).toEqual([{ kind: c.kind, count: c.count }]);
      // The result is a workbook that reads again, and a run on it (the page's next run) finds nothing more to drop.
      expect((await processWorkbook(out.output!, OPTS)).dropped).toEqual([]);
      const en = await processWorkbook(input, { ...OPTS, lang: "en-US" });
      expect(dropNotes(en.plan!)[0]!.message).toMatch(c.en);
    });
  }

  // Parts exceljs has no reader for: present in the input, absent from the output, named in the note.
  const more: Array<{ what: string; add: Addition; kind: DroppedKind; gone: RegExp; zh: RegExp }> = [
    {
      what: "a chart sheet",
      add: {
        ...chartAddition(),
        parts: {
          "xl/chartsheets/sheet2.xml": `${DECL}<chartsheet xmlns="${NS_MAIN}" xmlns:r="${NS_R}"><sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><drawing r:id="rId1"/></chartsheet>`,
          "xl/chartsheets/_rels/sheet2.xml.rels": rels([["rId1", "drawing", "../drawings/drawing2.xml"]]),
          "xl/drawings/drawing2.xml": drawing(
            `<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8000000" cy="5000000"/>${chartFrame(2, "rId1")}<xdr:clientData/></xdr:absoluteAnchor>`,
          ),
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
        workbookTail: undefined,
      },
      kind: "chartsheet",
      gone: /^xl\/(chartsheets|charts)\//,
      zh: /图表工作表/,
    },
    {
      what: "an external data connection",
      add: {
        parts: {
          "xl/connections.xml": `${DECL}<connections xmlns="${NS_MAIN}"><connection id="1" name="任务库" type="1" refreshedVersion="6" background="1"><dbPr connection="DSN=tasks;" command="SELECT * FROM tasks"/></connection></connections>`,
        },
        overrides: { "xl/connections.xml": "application/vnd.openxmlformats-officedocument.spreadsheetml.connections+xml" },
        workbookRels: [["rId9", "connections", "connections.xml"]],
      },
      kind: "connection",
      gone: /^xl\/connections\.xml$/,
      zh: /外部数据连接/,
    },
    {
      what: "an embedded object",
      add: {
        parts: { "xl/embeddings/oleObject1.bin": new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) },
        defaults: { bin: "application/vnd.openxmlformats-officedocument.oleObject" },
        sheetRels: [["rId1", "oleObject", "../embeddings/oleObject1.bin"]],
        sheetTail: '<oleObjects><oleObject progId="Word.Document.12" shapeId="1025" r:id="rId1"/></oleObjects>',
      },
      kind: "ole",
      gone: /^xl\/embeddings\//,
      zh: /嵌入的对象/,
    },
    {
      what: "a slicer",
      add: {
        parts: {
          "xl/slicers/slicer1.xml": `${DECL}<slicers xmlns="${X14}"><slicer name="责任单位" cache="切片器_责任单位" caption="责任单位" rowHeight="241300"/></slicers>`,
          "xl/slicerCaches/slicerCache1.xml": `${DECL}<slicerCacheDefinition xmlns="${X14}" name="切片器_责任单位" sourceName="责任单位"/>`,
        },
        overrides: { "xl/slicers/slicer1.xml": "application/vnd.ms-excel.slicer+xml", "xl/slicerCaches/slicerCache1.xml": "application/vnd.ms-excel.slicerCache+xml" },
        sheetRels: [["rId1", "http://schemas.microsoft.com/office/2007/relationships/slicer", "../slicers/slicer1.xml"]],
        workbookRels: [["rId9", "http://schemas.microsoft.com/office/2007/relationships/slicerCache", "slicerCaches/slicerCache1.xml"]],
      },
      kind: "slicer",
      gone: /^xl\/slicers?/,
      zh: /切片器/,
    },
    {
      what: "a timeline",
      add: {
        parts: {
          "xl/timelines/timeline1.xml": `${DECL}<timelines xmlns="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><timeline name="完成时限" cache="日程表_完成时限" caption="完成时限" level="2" selectionLevel="2"/></timelines>`,
        },
        overrides: { "xl/timelines/timeline1.xml": "application/vnd.ms-excel.timeline+xml" },
        sheetRels: [["rId1", "http://schemas.microsoft.com/office/2011/relationships/timeline", "../timelines/timeline1.xml"]],
      },
      kind: "timeline",
      gone: /^xl\/timelines\//,
      zh: /日程表/,
    },
  ];
  for (const c of more) {
    test(`${c.what}`, async () => {
      const input = await withParts(c.add);
      const inputNames = zipEntries(input)!.map((e) => e.name);
      expect(inputNames.some((n) => c.gone.test(n))).toBe(true);
      const { out, files } = await run(input);
      expect([...files.keys()].filter((n) => c.gone.test(n) && !n.endsWith("/"))).toEqual([]);
      expect(out.dropped!.map((d) => d.kind)).toContain(c.kind);
      expect(dropNotes(out.plan!)[0]!.message).toMatch(c.zh);
    });
  }

  test("a text box beside a chart: both named, counted", async () => {
    const input = await withParts(chartAddition(anchor(14, 1, textBox(4))));
    const { out, files } = await run(input);
    const drawings = [...files.keys()].filter((n) => n.startsWith("xl/drawings/drawing"));
    expect(drawings.some((n) => /<xdr:sp\b/.test(text(files.get(n))))).toBe(false);
    expect(out.dropped).toEqual([
      { kind: "chart", count: 2 },
      { kind: "shape", count: 1 },
    ]);
    expect(dropNotes(out.plan!)[0]!.message).toMatch(/图表（2个）、文本框或形状/);
  });

  test("several kinds at once: one note naming them all", async () => {
    const a = chartAddition();
    const input = await withParts({
      ...a,
      parts: { ...a.parts, ...pivotAddition.parts, ...vbaAddition.parts },
      overrides: { ...a.overrides, ...pivotAddition.overrides },
      defaults: vbaAddition.defaults,
      sheetRels: [...a.sheetRels!, ["rId2", "pivotTable", "../pivotTables/pivotTable1.xml"]],
      workbookRels: [...pivotAddition.workbookRels!, ["rId10", "http://schemas.microsoft.com/office/2006/relationships/vbaProject", "vbaProject.bin"]],
      workbookTail: pivotAddition.workbookTail,
    });
    const { out } = await run(input);
    const notes = dropNotes(out.plan!);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toBe("原文件中的图表（2个）、数据透视表、宏（VBA）不能保留在结果文件中：请保留原文件，结果文件只用于查看和分发。");
  });

  test("a check without output says nothing about the output", async () => {
    const input = await withParts(pivotAddition);
    const out = await processWorkbook(input, { asOf: "2022-10-20" });
    expect(out.plan).toBeNull();
    expect(out.output).toBeNull();
  });
});

describe("parts exceljs keeps: no warning", () => {
  test("a picture survives the round trip and is not reported", async () => {
    const input = await withParts({
      parts: {
        "xl/drawings/drawing1.xml": drawing(anchor(6, 1, picture(2, "rId1"))),
        "xl/drawings/_rels/drawing1.xml.rels": rels([["rId1", "image", "../media/image1.png"]]),
        "xl/media/image1.png": PNG,
      },
      defaults: { png: "image/png" },
      overrides: { "xl/drawings/drawing1.xml": CT.drawing },
      sheetRels: [["rId1", "drawing", "../drawings/drawing1.xml"]],
      sheetTail: '<drawing r:id="rId1"/>',
    });
    const { out, files } = await run(input);
    expect([...files.keys()].filter((n) => n.startsWith("xl/media/") && !n.endsWith("/")).map((n) => files.get(n))).toEqual([PNG]);
    expect(out.dropped).toEqual([]);
    expect(dropNotes(out.plan!)).toEqual([]);
  });

  test("a data bar with its x14 extension survives and is not reported", async () => {
    const input = await withParts(dataBarAddition);
    const { out, files } = await run(input);
    const sheet = text(files.get("xl/worksheets/sheet1.xml"));
    expect(sheet).toMatch(/<x14:dataBar\b/);
    expect(sheet).toMatch(/<x14:negativeFillColor rgb="FFFF0000"/);
    expect(out.dropped).toEqual([]);
  });

  const plain = fs.readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx") && n !== "empty-sheet.xlsx" && n !== "no-header.xlsx");
  test.each(plain)("seed fixture %s: no warning", async (name) => {
    const input = new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
    expect(await droppedParts(input)).toEqual([]);
    const out = await processWorkbook(input, OPTS);
    expect(out.dropped).toEqual([]);
    expect(dropNotes(out.plan!)).toEqual([]);
  });
});

// The same parts as LibreOffice 7.4 writes them (the hand-made files above, opened and saved again with
// `soffice --headless --convert-to xlsx`): another producer's part names and layout.
describe("files LibreOffice wrote", () => {
  const LO = path.resolve(__dirname, "fidelity");
  const read = (name: string) => new Uint8Array(fs.readFileSync(path.join(LO, name)));
  test.each([
    ["libreoffice-chart.xlsx", [{ kind: "chart", count: 2 }, { kind: "shape", count: 1 }], /^xl\/(charts|drawings)\//],
    ["libreoffice-pivot.xlsx", [{ kind: "pivot", count: 1 }], /^xl\/pivot/],
    ["libreoffice-spark.xlsx", [{ kind: "sparkline", count: 1 }], null],
    ["libreoffice-rule.xlsx", [{ kind: "ext-rule", count: 1 }], null],
  ] as const)("%s: found, lost, told — and written without a failure", async (name, kinds, partsGone) => {
    const input = read(name);
    const { out, files } = await run(input);
    expect(out.dropped).toEqual(kinds);
    if (partsGone) expect([...files.keys()].filter((n) => partsGone.test(n) && !n.endsWith("/"))).toEqual([]);
    expect(text(files.get("xl/worksheets/sheet1.xml"))).not.toMatch(/x14:|sparkline/);
    expect(dropNotes(out.plan!)).toHaveLength(1);
  });

  test("a drop-down list from another sheet, as LibreOffice writes it (in the sheet itself): kept, no note", async () => {
    const { out, files } = await run(read("libreoffice-dv.xlsx"));
    expect(out.dropped).toEqual([]);
    expect(dropNotes(out.plan!)).toEqual([]);
    expect(text(files.get("xl/worksheets/sheet1.xml"))).toMatch(/<dataValidation [^>]*sqref="D3:D28"[\s\S]*单位别名!\$a\$2:\$a\$30/);
  });
});

describe("the standalone page (FileHost)", () => {
  const settings = { year: null, asOf: "2022-10-20", dueSoonDays: 15, sheet: null };

  test("every run that writes a result says what it drops — also the second run, on the already processed bytes", async () => {
    const host = new FileHost({ loadProcessor: async () => processWorkbook, now: () => new Date(2022, 9, 20) });
    await host.open(await withParts(pivotAddition), "2022年任务分解表.xlsx", settings);
    const first = await host.run("runAll", settings);
    const second = await host.run("highlight", settings);
    for (const outcome of [first, second]) {
      const notes = dropNotes(outcome.plan!);
      expect(notes.map((n) => n.message)).toEqual(["原文件中的数据透视表不能保留在结果文件中：请保留原文件，结果文件只用于查看和分发。"]);
    }
    // The downloaded file is the processed one: its pivot table is gone (the reason for the note).
    expect(await droppedParts(host.download()!.bytes)).toEqual([]);
  });

  test("a plain file: no such note; opening another file forgets the last one's", async () => {
    const host = new FileHost({ loadProcessor: async () => processWorkbook, now: () => new Date(2022, 9, 20) });
    await host.open(await withParts(vbaAddition), "a.xlsm", settings);
    expect(dropNotes((await host.run("runAll", settings)).plan!)).toHaveLength(1);
    await host.open(BASE, "b.xlsx", settings);
    expect(dropNotes((await host.run("runAll", settings)).plan!)).toEqual([]);
    expect(dropNotes((await host.run("summarise", settings)).plan!)).toEqual([]);
  });
});
