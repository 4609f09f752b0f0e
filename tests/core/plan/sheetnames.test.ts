import fc from "fast-check";
import { isValidSheetName, sanitizeSheetName, sheetNameKey, uniqueSheetName, MAX_SHEET_NAME } from "../../../src/core/sheetnames";

describe("Excel sheet-name rules", () => {
  test.each([
    ["市发改委", "市发改委"],
    ["a[b]c:d*e?f/g\\h", "a_b_c_d_e_f_g_h"],
    ["'引号'", "引号"],
    ["History", "History_"],
    ["history", "history_"],
    ["", "Sheet"],
    ["  \u3000 ", "Sheet"],
    ["区人力资源和社会保障局就业促进和职业能力建设科工作专班综合协调办公室", "区人力资源和社会保障局就业促进和职业能力建设科工作专班综合协调"],
    ["多行\n名称", "多行 名称"],
  ])("%j → %j", (input, expected) => {
    expect(sanitizeSheetName(input)).toBe(expected);
    expect(isValidSheetName(sanitizeSheetName(input))).toBe(true);
  });

  test("invalid names are refused", () => {
    for (const bad of ["", "a".repeat(32), "a:b", "'x", "x'", "HISTORY", "a\u0001b"]) expect(isValidSheetName(bad)).toBe(false);
    expect(isValidSheetName("a".repeat(31))).toBe(true);
  });

  test("unique ignoring case, within 31 characters", () => {
    const taken = new Set(["汇总", "SHEET"].map(sheetNameKey));
    expect(uniqueSheetName("汇总", taken)).toBe("汇总(2)");
    expect(uniqueSheetName("汇总", taken)).toBe("汇总(3)");
    expect(uniqueSheetName("sheet", taken)).toBe("sheet(2)");
    const long = "长".repeat(40);
    const a = uniqueSheetName(long, taken);
    const b = uniqueSheetName(long, taken);
    expect(a).toHaveLength(31);
    expect(b).toBe(`${"长".repeat(28)}(2)`);
  });

  test("property: any text gives a valid name, distinct (ignoring case) from every name taken before", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (names) => {
        const taken = new Set<string>();
        const out = names.map((n) => uniqueSheetName(n, taken));
        for (const n of out) {
          expect(isValidSheetName(n)).toBe(true);
          expect(n.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
        }
        expect(new Set(out.map(sheetNameKey)).size).toBe(out.length);
      }),
    );
  });

  test("property: surrogate pairs are never cut in half", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 20, maxLength: 60 }), (s) => {
        const n = sanitizeSheetName(s);
        expect(n.length).toBeLessThanOrEqual(31);
        expect(/[\ud800-\udbff]$/.test(n)).toBe(false);
      }),
    );
  });
});
