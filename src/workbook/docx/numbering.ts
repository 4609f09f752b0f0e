/**
 * Automatic numbering of a .docx (word/numbering.xml): what a numbered paragraph displays before its text
 * ("一、", "（一）", "1.", "①"), counted as Word counts it — per list, per level, deeper levels restarting.
 */
import type { ZipArchive } from "../zip/stream";
import { attr, scanBytes } from "../reader/xml-scan";

interface Level {
  start: number;
  format: string;
  text: string;
}

export interface Numbering {
  /** The label a paragraph with this numId / ilvl displays (and advances the count), or "" for none. */
  label(numId: string, ilvl: number): string;
}

const CN = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五. */
export function chineseCount(n: number): string {
  if (n <= 0 || n >= 1000) return String(n);
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  let s = h ? `${CN[h]}百` : "";
  if (t) s += t === 1 && !h ? "十" : `${CN[t]}十`;
  else if (h && u) s += "零";
  if (u) s += CN[u];
  return s;
}

function letters(n: number, upper: boolean): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
  return upper ? s.toUpperCase() : s;
}

function roman(n: number): string {
  const map: [number, string][] = [[1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"], [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"]];
  let s = "";
  let k = n;
  for (const [v, r] of map) {
    while (k >= v) {
      s += r;
      k -= v;
    }
  }
  return s;
}

const LEGAL = "零壹贰叁肆伍陆柒捌玖";
const HEAVENLY = "甲乙丙丁戊己庚辛壬癸";

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "chineseCounting":
    case "chineseCountingThousand":
    case "taiwaneseCounting":
    case "taiwaneseCountingThousand":
    case "ideographDigital":
      return chineseCount(n);
    case "chineseLegalSimplified":
      return [...chineseCount(n)].map((c) => (CN.includes(c) ? (LEGAL[CN.indexOf(c)] ?? c) : c === "十" ? "拾" : c === "百" ? "佰" : c)).join("");
    case "ideographTraditional":
      return HEAVENLY[(n - 1) % 10] ?? String(n);
    case "decimalEnclosedCircle":
    case "decimalEnclosedCircleChinese":
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case "decimalFullWidth":
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case "upperLetter":
      return letters(n, true);
    case "lowerLetter":
      return letters(n, false);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "lowerRoman":
      return roman(n);
    case "none":
      return "";
    default:
      return String(n);
  }
}

interface NumDef {
  abstractId: string;
  starts: Map<number, number>;
}

export function readNumbering(zip: ZipArchive): Numbering {
  const abstract = new Map<string, Map<number, Level>>();
  const nums = new Map<string, NumDef>();
  let curAbstract: Map<number, Level> | null = null;
  let curLevel: Level | null = null;
  let curNum: NumDef | null = null;
  let overrideLevel = -1;
  if (zip.has("word/numbering.xml")) {
    scanBytes(
      {
        open(name, a, self) {
          if (name === "abstractNum") {
            curAbstract = new Map();
            abstract.set(attr(a, "abstractNumId") ?? "", curAbstract);
          } else if (name === "lvl" && curAbstract && !self) {
            curLevel = { start: 1, format: "decimal", text: "" };
            curAbstract.set(Number(attr(a, "ilvl") ?? 0), curLevel);
          } else if (curLevel && name === "start") curLevel.start = Number(attr(a, "val") ?? 1);
          else if (curLevel && name === "numFmt") curLevel.format = attr(a, "val") ?? "decimal";
          else if (curLevel && name === "lvlText") curLevel.text = attr(a, "val") ?? "";
          else if (name === "num" && !self) {
            curNum = { abstractId: "", starts: new Map() };
            nums.set(attr(a, "numId") ?? "", curNum);
          } else if (curNum && name === "abstractNumId") curNum.abstractId = attr(a, "val") ?? "";
          else if (curNum && name === "lvlOverride") overrideLevel = Number(attr(a, "ilvl") ?? -1);
          else if (curNum && name === "startOverride" && overrideLevel >= 0) curNum.starts.set(overrideLevel, Number(attr(a, "val") ?? 1));
        },
        close(name) {
          if (name === "abstractNum") curAbstract = null;
          else if (name === "lvl") curLevel = null;
          else if (name === "num") curNum = null;
          else if (name === "lvlOverride") overrideLevel = -1;
        },
      },
      (on) => zip.stream("word/numbering.xml", on),
    );
  }
  // Counters per abstract list (Word counts lists that share an abstract definition together).
  const counters = new Map<string, number[]>();
  return {
    label(numId: string, ilvl: number): string {
      const num = nums.get(numId);
      if (!num) return "";
      const levels = abstract.get(num.abstractId);
      const lvl = levels?.get(ilvl);
      if (!levels || !lvl) return "";
      const count = counters.get(num.abstractId) ?? [];
      for (let i = 0; i < ilvl; i++) if (count[i] === undefined) count[i] = num.starts.get(i) ?? levels.get(i)?.start ?? 1;
      count[ilvl] = count[ilvl] === undefined ? (num.starts.get(ilvl) ?? lvl.start) : count[ilvl] + 1;
      count.length = ilvl + 1; // deeper levels restart
      counters.set(num.abstractId, count);
      if (lvl.format === "bullet") return "";
      return lvl.text.replace(/%([1-9])/g, (_, d: string) => {
        const i = Number(d) - 1;
        const l = levels.get(i);
        return formatNumber(count[i] ?? l?.start ?? 1, i === ilvl ? lvl.format : (l?.format ?? "decimal"));
      });
    },
  };
}
