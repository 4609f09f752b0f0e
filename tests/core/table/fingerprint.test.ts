/**
 * The table fingerprint the overview records: hashed as it is spelled, piece by piece, it must stay the value the
 * earlier whole-string hash gave (workbooks keep it; another value would call every existing summary stale).
 */
import fc from "fast-check";
import { hashText, tableFingerprint } from "../../../src/core/fingerprint";
import type { CellValue, SheetCells } from "../../../src/core/types";

/** The fingerprint as first written: every line spelled out, joined, then hashed whole. */
function reference(cells: SheetCells): string {
  const key = (v: CellValue) => (v === null || v === "" ? "" : typeof v === "string" ? `s${v}` : typeof v === "number" ? `n${v}` : v ? "b1" : "b0");
  const lines: string[] = [];
  cells.values.forEach((row, i) => {
    const parts: string[] = [];
    row.forEach((v, j) => {
      const k = key(v);
      if (k) parts.push(`${cells.firstCol + j}=${k}`);
    });
    if (parts.length) lines.push(`${cells.firstRow + i}:${parts.join("\u0001")}`);
  });
  return `fp1:${hashText(lines.join("\u0002"))}`;
}

const value: fc.Arbitrary<CellValue> = fc.oneof(fc.constant(null), fc.constant(""), fc.string({ maxLength: 12 }), fc.double({ noNaN: true }), fc.integer(), fc.boolean());

test("piece by piece, the fingerprint is the whole string's hash, for any cells", () => {
  fc.assert(
    fc.property(fc.array(fc.array(value, { maxLength: 6 }), { maxLength: 8 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1, max: 20 }), (values, firstRow, firstCol) => {
      const cells: SheetCells = { sheet: "表", firstRow, firstCol, values };
      expect(tableFingerprint(cells)).toBe(reference(cells));
    }),
    { numRuns: 500 },
  );
});

test("a known table keeps its known fingerprint", () => {
  const cells: SheetCells = { sheet: "表", firstRow: 2, firstCol: 1, values: [["序号", "工作任务", "责任单位"], [1, "推进政务公开", "市政府办公厅"], [null, "", true]] };
  // The value the whole-string hash gave before the change (a workbook written then records it).
  expect(tableFingerprint(cells)).toBe("fp1:0c2ab241556ae1");
});
