/**
 * What the written workbook keeps: every part of the input the writer does not change comes back byte-identical
 * (the same compressed bytes, CRC and sizes), and what the writer does change keeps the user's content verbatim
 * (sparklines, protection, validations, links … inside the table sheet; the structure lock, pivot caches inside
 * workbook.xml). The corpus (tests/workbook/fidelity-corpus.ts) is the seed workbook with each kind of content
 * added the way Excel or WPS writes it; the LibreOffice-made files in tests/workbook/fidelity/ are another
 * producer's layout. Also: the zip reader on the inputs a writer meets (data descriptors, zip64, comments).
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import type { EditPlan } from "../../src/core/types";
import { processWorkbook, type ProcessOptions } from "../../src/workbook/process";
import { writePlan } from "../../src/workbook/xlsx/write";
import { rawData, zipEntries } from "../../src/workbook/zip/read";
import { BASE, CORPUS, calcChainAddition, inflated, text, unzip, utf8, withParts, zip } from "./fidelity-corpus";

const OPTS: ProcessOptions = {
  asOf: "2022-10-20",
  parts: { columns: true, highlights: true, sheets: true },
  builtAt: "2022-10-20T09:30:00",
};

/** The parts the writer may rewrite; every other part must come back as it was. */
const CHANGED = new Set(["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);

async function run(input: Uint8Array): Promise<Uint8Array> {
  const out = await processWorkbook(input, OPTS);
  if (!out.output) throw new Error("no output");
  expect(out.dropped).toEqual([]);
  expect(out.plan!.notes.filter((n) => n.code === "output-drops-content")).toEqual([]);
  return out.output;
}

/** Names of input parts that are not byte-identical (raw compressed bytes and CRC) in the output. */
function notIdentical(input: Uint8Array, output: Uint8Array, skip: ReadonlySet<string>): string[] {
  const a = zipEntries(input)!;
  const b = new Map(zipEntries(output)!.map((e) => [e.name, e]));
  const bad: string[] = [];
  for (const e of a) {
    if (skip.has(e.name)) continue;
    const o = b.get(e.name);
    const same = o && o.crc === e.crc && o.size === e.size && Buffer.from(rawData(output, o)!).equals(Buffer.from(rawData(input, e)!));
    if (!same) bad.push(e.name);
  }
  return bad;
}

// The seed's plans, first run and re-run: every corpus workbook holds the seed's table, so the same plans apply
// (the writer's only input besides the bytes). A few cases also go through processWorkbook end to end.
let firstPlan: EditPlan;
let rerunPlan: EditPlan;
beforeAll(async () => {
  const first = await processWorkbook(BASE, OPTS);
  firstPlan = first.plan!;
  rerunPlan = (await processWorkbook(first.output!, OPTS)).plan!;
});

describe("every part the writer does not change comes back byte-identical", () => {
  test.each(CORPUS.map((c) => [c.what, c] as const))("%s", async (_what, c) => {
    const input = withParts(c.add);
    const once = await writePlan(input, firstPlan);
    expect(notIdentical(input, once, CHANGED)).toEqual([]);
    const files = unzip(once);
    for (const k of c.keep ?? []) expect(text(files.get(k.part))).toContain(k.text);
    // A second run over the written file: the same again, and the product's own parts replaced, not piled up.
    const twice = await writePlan(once, rerunPlan);
    expect(notIdentical(input, twice, CHANGED)).toEqual([]);
    expect(notIdentical(once, twice, new Set())).toEqual([]);
  });

  test.each(["sparklines (x14 extension)", "a pivot table with its cache", "sheet protection with a legacy password"])("end to end (processWorkbook, twice): %s", async (what) => {
    const input = withParts(CORPUS.find((c) => c.what === what)!.add);
    const once = await run(input);
    expect(notIdentical(input, once, CHANGED)).toEqual([]);
    expect(notIdentical(input, await run(once), CHANGED)).toEqual([]);
  });

  test("a macro-enabled workbook stays one: the VBA project and the workbook's content type as they were", async () => {
    const input = withParts(CORPUS.find((c) => c.ext === "xlsm")!.add);
    const files = unzip(await run(input));
    expect(files.get("xl/vbaProject.bin")).toEqual(unzip(input).get("xl/vbaProject.bin"));
    expect(text(files.get("[Content_Types].xml"))).toContain('PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.macroEnabled.main+xml"');
  });

  test("calcChain.xml is the one part dropped (Excel rebuilds it), with its relationship and content type", async () => {
    const input = withParts(calcChainAddition);
    const out = await run(input);
    const files = unzip(out);
    expect(files.has("xl/calcChain.xml")).toBe(false);
    expect(text(files.get("xl/_rels/workbook.xml.rels"))).not.toMatch(/calcChain/);
    expect(text(files.get("[Content_Types].xml"))).not.toMatch(/calcChain/);
    expect(notIdentical(input, out, new Set([...CHANGED, "xl/calcChain.xml"]))).toEqual([]);
  });

  const LO = path.resolve(__dirname, "fidelity");
  test.each(fs.readdirSync(LO).filter((n) => n.endsWith(".xlsx")))("LibreOffice's %s: untouched parts identical, its sheet content kept", async (name) => {
    const input = new Uint8Array(fs.readFileSync(path.join(LO, name)));
    const out = await run(input);
    expect(notIdentical(input, out, CHANGED)).toEqual([]);
    // Whatever followed the sheet data in the table sheet (validations, x14 extensions …) is still there.
    const tail = (b: Uint8Array) => {
      const s = text(unzip(b).get("xl/worksheets/sheet1.xml"));
      return s.slice(s.indexOf("</sheetData>")).replace(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, "");
    };
    const before = tail(input).replace(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, "");
    expect(tail(out)).toBe(before);
  });
});

describe("the zip reader meets what writers write", () => {
  test("data descriptors (sizes after the data) and an archive comment: read, and copied raw", async () => {
    const files = unzip(BASE);
    const bytes = zip([...files].map(([name, data]) => ({ name, data })), { comment: "WPS Office" });
    // Set bit 3 in every local header and zero its sizes, as streaming writers do (the central directory has them).
    const withDescriptors = new Uint8Array(bytes);
    const dv = new DataView(withDescriptors.buffer);
    for (const e of zipEntries(bytes)!) {
      dv.setUint16(e.offset + 6, dv.getUint16(e.offset + 6, true) | 8, true);
      dv.setUint32(e.offset + 14, 0, true);
      dv.setUint32(e.offset + 18, 0, true);
      dv.setUint32(e.offset + 22, 0, true);
    }
    const out = await run(withDescriptors);
    expect(notIdentical(withDescriptors, out, CHANGED)).toEqual([]);
    // The copy has its sizes in the local headers (no descriptor follows the data).
    const o = new DataView(out.buffer, out.byteOffset);
    for (const e of zipEntries(out)!) expect(o.getUint16(e.offset + 6, true) & 8).toBe(0);
  });

  test("stored and deflated entries, any names: what goes in comes out", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ name: fc.string({ minLength: 1, maxLength: 20 }), data: fc.uint8Array({ maxLength: 300 }) }), { selector: (f) => f.name, maxLength: 6 }),
        fc.boolean(),
        (files, store) => {
          const bytes = zip(files, { store });
          const entries = zipEntries(bytes)!;
          expect(entries.map((e) => e.name)).toEqual(files.map((f) => f.name));
          entries.forEach((e, i) => expect(inflated(bytes, e)).toEqual(files[i]!.data));
        },
      ),
      { numRuns: 40 },
    );
  });

  test("a zip64 end record (as large-file writers add it): entries found", () => {
    const bytes = zip([{ name: "a.xml", data: utf8("<a/>") }]);
    const eocd = bytes.length - 22;
    const dv = new DataView(bytes.buffer, bytes.byteOffset);
    const count = dv.getUint16(eocd + 10, true);
    const cdSize = dv.getUint32(eocd + 12, true);
    const cdOffset = dv.getUint32(eocd + 16, true);
    const z = Buffer.alloc(76);
    z.writeUInt32LE(0x06064b50, 0);
    z.writeBigUInt64LE(44n, 4);
    z.writeUInt16LE(45, 12);
    z.writeUInt16LE(45, 14);
    z.writeBigUInt64LE(BigInt(count), 24);
    z.writeBigUInt64LE(BigInt(count), 32);
    z.writeBigUInt64LE(BigInt(cdSize), 40);
    z.writeBigUInt64LE(BigInt(cdOffset), 48);
    z.writeUInt32LE(0x07064b50, 56);
    z.writeBigUInt64LE(BigInt(eocd), 64);
    z.writeUInt32LE(1, 72);
    const end = Buffer.from(bytes.subarray(eocd));
    end.writeUInt16LE(0xffff, 8);
    end.writeUInt16LE(0xffff, 10);
    end.writeUInt32LE(0xffffffff, 16);
    const zip64 = new Uint8Array(Buffer.concat([Buffer.from(bytes.subarray(0, eocd)), z, end]));
    const entries = zipEntries(zip64)!;
    expect(entries.map((e) => e.name)).toEqual(["a.xml"]);
    expect(text(inflated(zip64, entries[0]!)!)).toBe("<a/>");
  });

  test("not a zip, a cut-off zip, random bytes: null, never a throw", () => {
    expect(zipEntries(new Uint8Array(0))).toBeNull();
    expect(zipEntries(utf8("姓名,单位\n张三,市财政局\n"))).toBeNull();
    expect(zipEntries(BASE.subarray(0, BASE.byteLength - 30))).toBeNull();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        const r = zipEntries(b);
        expect(r === null || Array.isArray(r)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
