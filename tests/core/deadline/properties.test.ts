/** fast-check properties of the deadline parser. */
import fc from "fast-check";
import { parseDeadline } from "../../../src/core/deadline";
// The engine itself: parseDeadline wraps it in a defensive try/catch, so "never throws" is tested here.
import { parsePhrase } from "../../../src/core/deadline/engine";
import type { Deadline } from "../../../src/core/types";

const PIECES = [
  "2022年", "2023年", "次年", "明年", "今年", "10月", "2月", "十二月", "31日", "29日", "20日", "底", "前", "上旬", "下旬",
  "年底", "全年", "上半年", "三季度", "第四季度末", "、", "，", ",", "；", "和", "至", "-", "起", "长期坚持", "持续推进",
  "每月", "每年", "完成", "之前", "截至", "于", "止", "2022.10.31", "10.31", "2022/2/29", "２０２２", "１１月", " ",
  "\u3000", "\n", "初", "后", "中", "日", "月", "年", "季度", "每", "二〇二二年", "三十", "廿", "0", "13月", "=", "@",
];

const phrase = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((a) => a.join("")),
);
const planYear = fc.integer({ min: 1900, max: 2150 });

function realIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

function wellFormed(d: Deadline): void {
  expect(["date", "ongoing", "recurring", "unknown", "empty"]).toContain(d.kind);
  for (const m of d.milestones) expect(realIsoDate(m)).toBe(true);
  for (let i = 1; i < d.milestones.length; i++) expect(d.milestones[i - 1] < d.milestones[i]).toBe(true);
  if (d.kind === "date") {
    expect(d.milestones.length).toBeGreaterThan(0);
    expect(d.due).toBe(d.milestones[d.milestones.length - 1]);
  } else {
    expect(d.due).toBeNull();
    expect(d.milestones).toEqual([]);
  }
  if (d.kind === "ongoing") expect(d.ongoing).toBe(true);
  if (d.kind === "unknown" || d.kind === "empty") expect(d.ongoing).toBe(false);
}

describe("parseDeadline properties", () => {
  it("never throws, keeps the text, and answers well-formed values (the engine, not its defensive wrapper)", () => {
    fc.assert(
      fc.property(phrase, planYear, (text, year) => {
        const d = parsePhrase(text, year); // a throw here fails the property
        expect(d.text).toBe(text);
        wellFormed(d);
        // The wrapper never had to catch: it answers exactly what the engine does.
        expect(parseDeadline(text, { year })).toEqual(d);
      }),
      { numRuns: 3000 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(phrase, planYear, (text, year) => {
        expect(parseDeadline(text, { year })).toEqual(parseDeadline(text, { year }));
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on values that are not strings or plan years that are not years", () => {
    const odd = [null, undefined, 42, {}, [], true] as unknown as string[];
    for (const v of odd) for (const year of [NaN, -5, 2022.5, Infinity]) wellFormed(parseDeadline(v, { year }));
    // The engine itself with what the wrapper hands it: text as a string, a year that is not a year as NaN.
    for (const v of odd) for (const year of [NaN, -5]) wellFormed(parsePhrase(v === null || v === undefined ? "" : String(v), year));
  });

  it("reads every real date written as 年月日, digits with dots, and Chinese numerals", () => {
    const cn = (n: number): string => {
      const d = "〇一二三四五六七八九";
      if (n < 10) return d[n];
      return (n >= 20 ? d[Math.floor(n / 10)] : "") + "十" + (n % 10 ? d[n % 10] : "");
    };
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }), (dt) => {
        const [y, m, d] = [dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()];
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        for (const text of [`${y}年${m}月${d}日前`, `${y}.${m}.${d}`, `${y}/${m}/${d}`, iso, `${cn(m)}月${cn(d)}日`]) {
          const got = parseDeadline(text, { year: y });
          expect(got.kind).toBe("date");
          expect(got.due).toBe(iso);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("a month without a day is the month's end, in any year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2150 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const want = `${y}-${String(m).padStart(2, "0")}-${last}`;
        expect(parseDeadline(`${m}月底前`, { year: y }).due).toBe(want);
        expect(parseDeadline(`${y}年${m}月`, { year: 2000 }).due).toBe(want);
      }),
    );
  });

  it("an impossible day is unknown, never rolled over", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2099 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (y, m, extra) => {
        const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
        expect(parseDeadline(`${y}年${m}月${last + extra}日`, { year: y }).kind).toBe("unknown");
      }),
    );
  });
});
