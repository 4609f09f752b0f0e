/** The adapter's small parsers and cell encoding, with fast-check properties. */
import fc from "fast-check";
import { parseAreas, isoToSerial, rangeA1, fileNameFromUrl } from "../../src/excel/a1";
import { localTimestamp } from "../../src/core/dates";
import { cellWrite, hyperlinkFormula } from "../../src/excel/cells";
import { payloadBytes } from "../../src/excel/batch";
import { colLetters } from "../../src/core/a1";

const rect = fc
  .record({ top: fc.integer({ min: 1, max: 1_048_576 }), left: fc.integer({ min: 1, max: 16_384 }), h: fc.integer({ min: 0, max: 50 }), w: fc.integer({ min: 0, max: 20 }) })
  .map(({ top, left, h, w }) => ({ top, left, bottom: Math.min(1_048_576, top + h), right: Math.min(16_384, left + w) }));

test("parseAreas reads back any list of areas, whatever the sheet name (quotes, commas, spaces, Chinese)", () => {
  const sheet = fc.stringMatching(/^[A-Za-z0-9 ,'汇总表（）]{1,12}$/);
  fc.assert(
    fc.property(fc.array(rect, { minLength: 1, maxLength: 8 }), sheet, fc.constantFrom(",", ", "), (areas, name, sep) => {
      const quoted = `'${name.replace(/'/g, "''")}'`;
      const text = areas.map((a) => `${quoted}!${rangeA1(a.top, a.left, a.bottom, a.right)}`).join(sep);
      expect(parseAreas(text)).toEqual(areas);
    }),
  );
});

test("parseAreas: absolute references and bare addresses; garbage is skipped, never thrown", () => {
  expect(parseAreas("Sheet1!$A$3:$A$5,B2")).toEqual([
    { top: 3, left: 1, bottom: 5, right: 1 },
    { top: 2, left: 2, bottom: 2, right: 2 },
  ]);
  fc.assert(fc.property(fc.string(), (s) => void parseAreas(s)));
});

test("isoToSerial: Excel's 1900 date system", () => {
  expect(isoToSerial("2022-10-20")).toBe(44854);
  expect(isoToSerial("1900-03-01")).toBe(61);
  expect(isoToSerial("2022/10/20")).toBeNull();
  fc.assert(
    fc.property(fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (d) => {
      const iso = d.toISOString().slice(0, 10);
      const serial = isoToSerial(iso)!;
      expect(new Date((serial - 25569) * 86400000).toISOString().slice(0, 10)).toBe(iso);
    }),
  );
});

test("every string is written as text ('@'), whatever it starts with; dates as serials; empty leaves the cell", () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), (s) => {
      expect(cellWrite({ value: s }, "yyyy-mm-dd")).toEqual({ value: s, format: "@" });
    }),
  );
  expect(cellWrite({ value: "2022-10-31", date: true }, "yyyy-mm-dd")).toEqual({ value: 44865, format: "yyyy-mm-dd" });
  expect(cellWrite({ value: 12 }, "yyyy-mm-dd")).toEqual({ value: 12, format: "General" });
  expect(cellWrite({ value: null }, "yyyy-mm-dd")).toEqual({ value: null, format: null });
  expect(cellWrite({ value: 0, formula: "SUM(A1:A3)" }, "yyyy-mm-dd")).toEqual({ value: "=SUM(A1:A3)", format: "General" });
});

test("a HYPERLINK fallback formula never lets user text become formula syntax", () => {
  fc.assert(
    fc.property(fc.string(), fc.string({ minLength: 1 }), (shown, sheet) => {
      const f = hyperlinkFormula(`'${sheet}'!A1`, shown);
      // Outside the two string literals there is nothing but the function call.
      const outside = f.replace(/"(?:[^"]|"")*"/g, "");
      expect(outside).toBe("=HYPERLINK(,)");
    }),
  );
  expect(hyperlinkFormula("'汇总'!A1", 12)).toBe('=HYPERLINK("#\'汇总\'!A1",12)');
});

test("payload estimate is the worst case (non-ASCII as \\uXXXX)", () => {
  expect(payloadBytes("ab")).toBe(4);
  expect(payloadBytes("汇总")).toBe(2 + 12);
  fc.assert(fc.property(fc.jsonValue(), (v) => expect(payloadBytes(v)).toBeGreaterThanOrEqual(new TextEncoder().encode(JSON.stringify(v) ?? "").length)));
});

test("small helpers", () => {
  expect(fileNameFromUrl("https://x.sharepoint.com/Shared%20Documents/2022%E5%B9%B4%E4%BB%BB%E5%8A%A1.xlsx?web=1")).toBe("2022年任务.xlsx");
  expect(fileNameFromUrl("C:\\Users\\张三\\Desktop\\分解表.xlsx")).toBe("分解表.xlsx");
  expect(fileNameFromUrl(null)).toBe("");
  expect(localTimestamp(new Date(2022, 9, 20, 9, 5, 7))).toBe("2022-10-20T09:05:07");
  expect(rangeA1(3, 28, 3, 28)).toBe(`${colLetters(28)}3`);
});
