/**
 * A tiny evaluator for the highlight rules' formulas (the subset the plan writes: AND OR NOT ISNUMBER ISERROR
 * FIND TRIM SUBSTITUTE N TODAY DATE, comparisons, + - &, strings, numbers, $A1 references), so the scenarios
 * can check which rows a rule colours, as Excel would, from a snapshot alone. Unknown syntax throws.
 */
import type { CellValue } from "../../src/core/types";
import type { SheetSnapshot } from "./snapshot";
import { isoToSerial } from "./snapshot";

type V = number | string | boolean | null | { error: string };

interface Ctx {
  sheet: SheetSnapshot;
  /** Offset of the evaluated cell from the range's top-left (rows, cols). */
  dRow: number;
  dCol: number;
  today: number;
}

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

type Tok = { t: "num"; v: number } | { t: "str"; v: string } | { t: "ref"; col: number; row: number; absCol: boolean; absRow: boolean } | { t: "id"; v: string } | { t: "op"; v: string };

function lex(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '"') {
      let s = "";
      i++;
      for (;;) {
        if (i >= src.length) throw new Error("unterminated string");
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            s += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        s += src[i++];
      }
      out.push({ t: "str", v: s });
    } else if (/[0-9.]/.test(ch)) {
      const m = /^[0-9.]+/.exec(src.slice(i))![0];
      out.push({ t: "num", v: Number(m) });
      i += m.length;
    } else if (/[A-Za-z$]/.test(ch)) {
      const ref = /^(\$?)([A-Z]{1,3})(\$?)(\d+)/.exec(src.slice(i));
      if (ref && !/[A-Za-z(]/.test(src[i + ref[0].length] ?? "")) {
        out.push({ t: "ref", col: colNum(ref[2]), row: Number(ref[4]), absCol: ref[1] === "$", absRow: ref[3] === "$" });
        i += ref[0].length;
      } else {
        const m = /^[A-Za-z_.]+/.exec(src.slice(i))![0];
        out.push({ t: "id", v: m.toUpperCase() });
        i += m.length;
      }
    } else if (src.startsWith("<=", i) || src.startsWith(">=", i) || src.startsWith("<>", i)) {
      out.push({ t: "op", v: src.slice(i, i + 2) });
      i += 2;
    } else if ("()+-*/&=<>,".includes(ch)) {
      out.push({ t: "op", v: ch });
      i++;
    } else throw new Error(`unexpected ${ch} in ${src}`);
  }
  return out;
}

const isErr = (v: V): v is { error: string } => typeof v === "object" && v !== null;
const num = (v: V): number => (typeof v === "number" ? v : typeof v === "boolean" ? Number(v) : v === null ? 0 : NaN);
const str = (v: V): string => (v === null ? "" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : isErr(v) ? v.error : String(v));

export function evaluate(formula: string, ctx: Ctx): V {
  const toks = lex(formula.replace(/^=/, ""));
  let p = 0;
  const peek = () => toks[p];
  const take = () => toks[p++];
  const expectOp = (v: string) => {
    const t = take();
    if (!t || t.t !== "op" || t.v !== v) throw new Error(`expected ${v}`);
  };
  function cell(t: Extract<Tok, { t: "ref" }>): V {
    const r = t.absRow ? t.row : t.row + ctx.dRow;
    const c = t.absCol ? t.col : t.col + ctx.dCol;
    const v: CellValue = ctx.sheet.values[r - 1]?.[c - 1] ?? null;
    return v;
  }
  function call(name: string, args: V[]): V {
    switch (name) {
      case "AND":
        return args.every((a) => Boolean(a));
      case "OR":
        return args.some((a) => Boolean(a));
      case "NOT":
        return !args[0];
      case "ISNUMBER":
        return typeof args[0] === "number";
      case "ISERROR":
        return isErr(args[0]);
      case "N":
        return typeof args[0] === "number" ? args[0] : 0;
      case "TODAY":
        return ctx.today;
      case "DATE":
        return isoToSerial(`${args[0]}-${String(args[1]).padStart(2, "0")}-${String(args[2]).padStart(2, "0")}`);
      case "TRIM":
        return str(args[0]).replace(/ +/g, " ").trim();
      case "SUBSTITUTE":
        return str(args[0]).split(str(args[1])).join(str(args[2]));
      case "FIND": {
        const i = str(args[1]).indexOf(str(args[0]));
        return i < 0 ? { error: "#VALUE!" } : i + 1;
      }
      default:
        throw new Error(`function ${name} not supported`);
    }
  }
  function primary(): V {
    const t = take();
    if (!t) throw new Error("unexpected end");
    if (t.t === "num" || t.t === "str") return t.v;
    if (t.t === "ref") return cell(t);
    if (t.t === "op" && t.v === "(") {
      const v = compare();
      expectOp(")");
      return v;
    }
    if (t.t === "op" && t.v === "-") return -num(primary());
    if (t.t === "id") {
      if (t.v === "TRUE" || t.v === "FALSE") return t.v === "TRUE";
      expectOp("(");
      const args: V[] = [];
      if (!(peek()?.t === "op" && (peek() as { v: string }).v === ")")) {
        for (;;) {
          args.push(compare());
          const n = take();
          if (n?.t === "op" && n.v === ")") break;
          if (!(n?.t === "op" && n.v === ",")) throw new Error("expected , or )");
        }
      } else take();
      return call(t.v, args);
    }
    throw new Error(`unexpected token ${JSON.stringify(t)}`);
  }
  function additive(): V {
    let v = primary();
    while (peek()?.t === "op" && ["+", "-", "&"].includes((peek() as { v: string }).v)) {
      const op = (take() as { v: string }).v;
      const w = primary();
      if (isErr(v)) continue;
      if (isErr(w)) {
        v = w;
        continue;
      }
      v = op === "&" ? str(v) + str(w) : op === "+" ? num(v) + num(w) : num(v) - num(w);
    }
    return v;
  }
  function compare(): V {
    const a = additive();
    const t = peek();
    if (t?.t === "op" && ["=", "<", ">", "<=", ">=", "<>"].includes(t.v)) {
      take();
      const b = additive();
      if (isErr(a)) return a;
      if (isErr(b)) return b;
      const bothNum = typeof a === "number" || typeof b === "number";
      const x = bothNum ? num(a) : str(a);
      const y = bothNum ? num(b) : str(b);
      if (bothNum && (typeof a === "string" || typeof b === "string")) {
        // Excel: text is greater than any number.
        const an = typeof a === "string" ? Infinity : num(a);
        const bn = typeof b === "string" ? Infinity : num(b);
        return cmp(t.v, an, bn);
      }
      return cmp(t.v, x, y);
    }
    return a;
  }
  const v = compare();
  if (p !== toks.length) throw new Error(`trailing tokens in ${formula}`);
  return v;
}

function cmp(op: string, x: number | string, y: number | string): boolean {
  switch (op) {
    case "=":
      return x === y;
    case "<>":
      return x !== y;
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    default:
      return x >= y;
  }
}

/** Parse "A3:H28" → top-left and bottom-right. */
export function parseRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range.replace(/^.*!/, ""));
  if (!m) throw new Error(`bad range ${range}`);
  const left = colNum(m[1]);
  const top = Number(m[2]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? colNum(m[3]) : left };
}

/** Does the rule colour the cell at (row, col)? (False outside its range.) */
export function ruleApplies(sheet: SheetSnapshot, rule: { range: string; formula: string }, row: number, col: number, todayIso: string): boolean {
  const r = parseRange(rule.range);
  if (row < r.top || row > r.bottom || col < r.left || col > r.right) return false;
  const v = evaluate(rule.formula, { sheet, dRow: row - r.top, dCol: col - r.left, today: isoToSerial(todayIso) });
  return v === true || (typeof v === "number" && v !== 0);
}
