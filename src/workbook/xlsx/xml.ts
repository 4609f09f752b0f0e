/**
 * Small XML helpers for the writer: escaping, reading one attribute, finding a top-level element in a part,
 * the prefix a part uses for the SpreadsheetML namespace (Excel writes none, some producers write `x:`).
 * Text-level, no DOM: the writer runs in a worker too.
 */

/** Control characters XML 1.0 cannot hold: written the way Excel writes them (_xHHHH_). */
// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;

function controls(s: string): string {
  return s.replace(BAD_CHARS, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /[&<>"\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

export function escText(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return controls(s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
}

export function escAttr(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return controls(s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;"));
}

export function unescape(s: string): string {
  if (!s.includes("&")) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, e: string) => {
    if (e === "lt") return "<";
    if (e === "gt") return ">";
    if (e === "amp") return "&";
    if (e === "quot") return '"';
    if (e === "apos") return "'";
    return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
  });
}

const ATTR = new Map<string, RegExp>();

/** A regular expression for attribute `name` (made once per name). */
function attrRe(name: string): RegExp {
  let re = ATTR.get(name);
  if (!re) ATTR.set(name, (re = new RegExp(`(\\s${name}\\s*=\\s*)(?:"([^"]*)"|'([^']*)')`)));
  return re;
}

/** The value of attribute `name` (no prefix) in a start tag's text; null when absent. */
export function attr(tag: string, name: string): string | null {
  // As most writers put it (one space, double quotes): found without a regular expression. A value holds no
  // raw quote, so ` name="` can only start an attribute.
  const at = tag.indexOf(` ${name}="`);
  if (at >= 0) {
    const from = at + name.length + 3;
    const end = tag.indexOf('"', from);
    if (end >= 0) return unescape(tag.slice(from, end));
  }
  const m = attrRe(name).exec(tag);
  return m ? unescape(m[2] ?? m[3] ?? "") : null;
}

/** The tag with attribute `name` set to `value` (added before the end of the tag when absent). */
export function setAttr(tag: string, name: string, value: string): string {
  const re = attrRe(name);
  if (re.test(tag)) return tag.replace(re, `$1"${escAttr(value).replace(/\$/g, "$$$$")}"`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escAttr(value)}"${tag.slice(end)}`;
}

/** The tag without attribute `name`. */
export function dropAttr(tag: string, name: string): string {
  return tag.replace(attrRe(name), "");
}

/** The prefix ("" or "x:") a part uses for its root element `root`. */
export function prefixOf(xml: string, root: string): string {
  const m = new RegExp(`<(\\w+:)?${root}[\\s>]`).exec(xml);
  return m?.[1] ?? "";
}

export interface Found {
  start: number;
  end: number;
  /** The start tag (for a self-closed element: the whole element). */
  open: string;
  selfClosed: boolean;
}

/**
 * The first element `<p:name …>…</p:name>` (or self-closed) from `from` on; null when none. Elements of that name
 * must not nest (true of every element the writer looks for).
 */
export function findElement(xml: string, p: string, name: string, from = 0): Found | null {
  const re = new RegExp(`<${p}${name}(?=[\\s>/])[^>]*>`, "g");
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return null;
  const open = m[0];
  const selfClosed = open.endsWith("/>");
  if (selfClosed) return { start: m.index, end: m.index + open.length, open, selfClosed };
  const close = `</${p}${name}>`;
  const at = xml.indexOf(close, m.index + open.length);
  if (at < 0) return null;
  return { start: m.index, end: at + close.length, open, selfClosed };
}

/** Every element `<p:name …/>` or `<p:name …>…</p:name>` in `xml`, as strings, in order. */
export function elements(xml: string, p: string, name: string): string[] {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const f = findElement(xml, p, name, at);
    if (!f) return out;
    out.push(xml.slice(f.start, f.end));
    at = f.end;
  }
}

/** Where the first of the named elements starts (the schema's "insert before" points); -1 when none. */
export function firstOf(xml: string, p: string, names: readonly string[], from = 0): number {
  let best = -1;
  for (const n of names) {
    const re = new RegExp(`<${p}${n}(?=[\\s>/])`, "g");
    re.lastIndex = from;
    const m = re.exec(xml);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** A1 column letters of a 1-based column. */
export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The 1-based column of a cell reference ("AB12" → 28); 0 when none. */
export function colOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) n = n * 26 + (c - 64);
    else if (c >= 97 && c <= 122) n = n * 26 + (c - 96);
    else if (c === 36) continue;
    else break;
  }
  return n;
}
