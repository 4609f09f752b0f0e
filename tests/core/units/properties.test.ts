/** fast-check properties of the units parser: whatever a cell holds, the answer is well-formed. */
import fc from "fast-check";
import { analyseUnits, canonicalUnit, unitRoleFromHeader } from "../../../src/core/units";
// The parser itself: analyseUnits wraps it in a defensive try/catch, so "never throws" is tested here.
import { headerSaysFirstLeads, parseCell } from "../../../src/core/units/parse";
import { LEVEL_FRAGMENT } from "../../../src/core/vocab/units-words";

/** Pieces real unit cells are made of, so random cells hit the interesting paths (labels, 等, brackets …). */
const PIECES = [
  "市发改委", "市卫健委", "县政府办", "发改局", "各区人民政府", "市直各有关部门", "各县（市、区）人民政府", "各乡（镇）",
  "市文化和旅游局", "市人力资源和", "社会保障局", "市司法局", "各县", "区", "市", "县", "人民政府", "政府",
  "牵头单位：", "责任单位:", "配合单位：", "完成时限：", "责任领导：", "分管领导:", "牵头", "配合", "负责落实",
  "按职责分工负责", "分别牵头落实", "等", "有关部门", "等部门", "市级领域主管部门", "和", "及", "会同", "由",
  "、", "，", ",", "；", ";", "。", "\n", "\r\n", " ", "\u3000", "（", "）", "(", ")", "〔", "〕", "“", "”",
  "1.", "2、", "（牵头）", "张副市长", "主任", "—", "?", "年底前", "全年", "2022年5月底前",
];

const cellText = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 14 }).map((a) => a.join("")) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 30 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 10 })
      .map((a) => a.join("")),
  },
);
const header = fc.constantFrom("", "责任单位", "牵头单位", "配合单位", "协办单位", "责任部门", "承办单位", "备注");

const OPEN = "（(〔【［[《{“‘「";
const CLOSE = "）)〕】］]》}”’」";

/** The name with bracketed parts taken out (separators inside brackets are allowed). */
function outsideBrackets(name: string): string {
  let depth = 0;
  let out = "";
  for (const ch of name) {
    if (OPEN.includes(ch)) depth++;
    else if (CLOSE.includes(ch) && depth > 0) depth--;
    else if (depth === 0) out += ch;
  }
  return out;
}

const removeSpaces = (s: string) => s.replace(/[\s\u3000\u00a0\ufeff\u200b\u2028\u2029\u0085]+/g, "");

describe("analyseUnits properties", () => {
  const params = { numRuns: 1500, seed: 20221231 };

  it("never throws, and answers with the right shape (the parser, not its defensive wrapper)", () => {
    fc.assert(
      fc.property(cellText, header, (text, h) => {
        const firstLeads = headerSaysFirstLeads(h);
        const r = parseCell(text, firstLeads ? "responsible" : unitRoleFromHeader(h), firstLeads); // a throw fails the property
        // The wrapper never had to catch: it answers exactly what the parser does.
        expect(analyseUnits(text, { header: h })).toEqual(r);
        expect(Array.isArray(r.units)).toBe(true);
        expect(Array.isArray(r.rejected)).toBe(true);
        for (const u of r.units) {
          expect(["lead", "responsible", "cooperate"]).toContain(u.role);
          expect(typeof u.generic).toBe("boolean");
        }
      }),
      params,
    );
  });

  it("never throws on values that are not strings", () => {
    for (const v of [null, undefined, 42, true, {}, []] as unknown[]) {
      expect(() => analyseUnits(v as string)).not.toThrow();
    }
    expect(analyseUnits(null as unknown as string).units).toEqual([]);
  });

  it("names are never empty and hold no white space and no separator outside brackets", () => {
    fc.assert(
      fc.property(cellText, header, (text, h) => {
        for (const u of analyseUnits(text, { header: h }).units) {
          expect(u.name).not.toBe("");
          expect(u.name).not.toMatch(/[\s\u3000\u00a0]/);
          const outside = outsideBrackets(u.name);
          expect(outside).not.toMatch(/[，,；;。]/);
          // 、 only after an administrative level that belongs to the name after it: 各县、区人民政府
          const parts = outside.split("、");
          for (const p of parts.slice(0, -1)) expect(p).toMatch(LEVEL_FRAGMENT);
        }
      }),
      params,
    );
  });

  it("every name appears in the input (spaces removed), and so does every rejected fragment", () => {
    fc.assert(
      fc.property(cellText, header, (text, h) => {
        const plain = removeSpaces(text);
        const r = analyseUnits(text, { header: h });
        for (const u of r.units) expect(plain).toContain(u.name);
        for (const f of r.rejected) expect(plain).toContain(f.replace(/[:：]$/, ""));
      }),
      params,
    );
  });

  it("is deterministic, and parsing a cell twice gives the same answer", () => {
    fc.assert(
      fc.property(cellText, header, (text, h) => {
        expect(analyseUnits(text, { header: h })).toEqual(analyseUnits(text, { header: h }));
      }),
      { ...params, numRuns: 500 },
    );
  });

  it("a unit name parsed on its own comes back as itself", () => {
    fc.assert(
      fc.property(cellText, (text) => {
        for (const u of analyseUnits(text, { header: "责任单位" }).units) {
          if (/[、]/.test(outsideBrackets(u.name))) continue; // 各县、区人民政府 stands alone only with its level
          const again = analyseUnits(u.name, { header: "责任单位" }).units.map((x) => x.name);
          expect(again).toEqual([u.name]);
        }
      }),
      { ...params, numRuns: 800 },
    );
  });

  it("canonicalUnit is idempotent and never throws", () => {
    fc.assert(
      fc.property(fc.oneof(cellText, fc.constantFrom(...PIECES)), (name) => {
        const c = canonicalUnit(name);
        expect(canonicalUnit(c)).toBe(c);
      }),
      params,
    );
  });
});

describe("analyseUnits on very long cells", () => {
  it.each([
    ["names joined by 和", "市发改委和".repeat(2000)],
    ["a name cut by 2,000 line breaks", "市发改\n".repeat(2000)],
    ["2,000 names", "市发改委、市财政局，".repeat(1000)],
    ["unclosed brackets", "（".repeat(5000) + "市发改委"],
  ])("reads %s without hanging", (_label, text) => {
    const r = analyseUnits(text, { header: "责任单位" });
    expect(r.units.length + r.rejected.length).toBeGreaterThan(0);
    // A hang guard (a quadratic or backtracking parse of these cells takes minutes), not a speed figure.
  }, 20_000);
});
