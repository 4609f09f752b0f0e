/**
 * styles.xml for the writer: the few fonts, number formats, cell formats (xf) and differential formats (dxf)
 * the plan's cells and rules need are appended to the workbook's own lists; every existing entry keeps its
 * index. An entry equal to one already there (the product's own from an earlier run, or the user's) is reused,
 * so re-runs do not pile entries up. Text-level (no DOM); sections are created in the schema's order when absent.
 */
import { attr, elements, escAttr, findElement, firstOf, prefixOf, setAttr } from "./xml";

/** Built-in number formats by code (ECMA-376 18.8.30, the locale-independent ones). */
const BUILTIN: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};

/** styleSheet children in schema order. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Section = (typeof ORDER)[number];

/** What a generated cell looks like (the keys of the old StyleCache). */
export interface CellLook {
  bold?: boolean;
  link?: boolean;
  date?: boolean;
  wrap?: boolean;
  italic?: boolean;
  /** Font size in points (11 when absent). */
  size?: number;
  /** Font colour "#RRGGBB" (a link's blue when absent on a link). */
  color?: string;
  /** Solid background "#RRGGBB". */
  fill?: string;
}

const argb = (hex: string) => `FF${hex.replace(/^#/, "").toUpperCase()}`;

/** The sections the writer appends to. */
const LISTS = ["numFmts", "fonts", "fills", "cellXfs", "dxfs"] as const;

const DEFAULT_XF = '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';

export class StyleBook {
  private xml: string;
  private readonly p: string;
  private changed = false;
  private readonly items = new Map<Section, string[]>();
  private readonly added = new Map<Section, string[]>();
  private readonly index = new Map<string, number>();
  private readonly derivedCache = new Map<string, number>();
  private readonly lookCache = new Map<string, number>();

  constructor(xml: string) {
    this.xml = xml;
    this.p = prefixOf(xml, "styleSheet");
    for (const s of LISTS) {
      const f = findElement(this.xml, this.p, s);
      const child = ({ numFmts: "numFmt", fonts: "font", fills: "fill", cellXfs: "xf", dxfs: "dxf" } as const)[s];
      const list = f && !f.selfClosed ? elements(this.xml.slice(f.start + f.open.length, f.end), this.p, child) : [];
      this.items.set(s, list);
      this.added.set(s, []);
      list.forEach((x, i) => {
        if (!this.index.has(`${s}\n${x}`)) this.index.set(`${s}\n${x}`, i);
      });
    }
  }

  /** The index of an entry equal to `item` in a section, appending it when there is none. */
  private entry(s: Section, item: string): number {
    const key = `${s}\n${item}`;
    const known = this.index.get(key);
    if (known !== undefined) return known;
    const list = this.items.get(s)!;
    list.push(item);
    this.added.get(s)!.push(item);
    this.index.set(key, list.length - 1);
    this.changed = true;
    return list.length - 1;
  }

  /** The id of a number format (built-in, the workbook's own, or a new custom one). */
  numFmt(code: string): number {
    const builtin = BUILTIN[code];
    if (builtin !== undefined) return builtin;
    let max = 163;
    for (const x of this.items.get("numFmts")!) {
      const id = Number(attr(x, "numFmtId"));
      if (attr(x, "formatCode") === code) return id;
      if (id > max) max = id;
    }
    this.entry("numFmts", `<${this.p}numFmt numFmtId="${max + 1}" formatCode="${escAttr(code)}"/>`);
    return max + 1;
  }

  private font(look: CellLook): number {
    const p = this.p;
    const inner =
      (look.bold ? `<${p}b/>` : "") +
      (look.italic ? `<${p}i/>` : "") +
      (look.link ? `<${p}u/>` : "") +
      `<${p}sz val="${look.size ?? 11}"/>` +
      (look.color ? `<${p}color rgb="${argb(look.color)}"/>` : look.link ? `<${p}color rgb="FF0563C1"/>` : "") +
      `<${p}name val="Calibri"/><${p}family val="2"/>`;
    return this.entry("fonts", `<${p}font>${inner}</${p}font>`);
  }

  /** The cell format of a generated cell; 0 (the default) for a plain one. */
  look(look: CellLook): number {
    if (!hasFont(look) && !look.date && !look.wrap && !look.fill) return 0;
    const key = lookKey(look);
    let id = this.lookCache.get(key);
    if (id === undefined) this.lookCache.set(key, (id = this.makeLook(look)));
    return id;
  }

  private makeLook(look: CellLook): number {
    const p = this.p;
    const fontId = hasFont(look) ? this.font(look) : 0;
    if (look.fill && this.items.get("fills")!.length === 0) {
      // A styles part without fills: the two reserved ones first (none, gray125), so ours is not taken for them.
      this.entry("fills", `<${p}fill><${p}patternFill patternType="none"/></${p}fill>`);
      this.entry("fills", `<${p}fill><${p}patternFill patternType="gray125"/></${p}fill>`);
    }
    const fillId = look.fill
      ? this.entry("fills", `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(look.fill)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`)
      : 0;
    const numFmtId = look.date ? this.numFmt("yyyy-mm-dd") : 0;
    const attrs =
      `numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
      (numFmtId ? ' applyNumberFormat="1"' : "") +
      (fontId ? ' applyFont="1"' : "") +
      (fillId ? ' applyFill="1"' : "") +
      (look.wrap ? ' applyAlignment="1"' : "");
    const xf = look.wrap ? `<${p}xf ${attrs}><${p}alignment vertical="top" wrapText="1"/></${p}xf>` : `<${p}xf ${attrs}/>`;
    return this.entry("cellXfs", xf);
  }

  /**
   * The cell format of an added column's cell: the look of the table cell beside it (cell format `base`: its
   * font, fill, border, alignment, protection) with the number format `numFmt` (General when absent).
   */
  derived(base: number, numFmt: string | undefined): number {
    const key = `${base}\n${numFmt ?? ""}`;
    let id = this.derivedCache.get(key);
    if (id === undefined) this.derivedCache.set(key, (id = this.derive(base, numFmt)));
    return id;
  }

  private derive(base: number, numFmt: string | undefined): number {
    const xfs = this.items.get("cellXfs")!;
    const from = xfs[base] ?? xfs[0] ?? DEFAULT_XF;
    const id = numFmt ? this.numFmt(numFmt) : 0;
    const open = /^<[^>]*>/.exec(from)![0];
    let tag = setAttr(open, "numFmtId", String(id));
    tag = id ? setAttr(tag, "applyNumberFormat", "1") : tag;
    const xf = tag + from.slice(open.length);
    if (xf === from && xfs[base] !== undefined) return base;
    return this.entry("cellXfs", xf);
  }

  /** A differential format for a highlight rule: solid fill, font colour ("#RRGGBB"). */
  dxf(fill: string, fontColor: string): number {
    const p = this.p;
    return this.entry(
      "dxfs",
      `<${p}dxf><${p}font><${p}color rgb="${argb(fontColor)}"/></${p}font>` +
        `<${p}fill><${p}patternFill patternType="solid"><${p}bgColor rgb="${argb(fill)}"/></${p}patternFill></${p}fill></${p}dxf>`,
    );
  }

  /** The new styles.xml; null when nothing was added (the part is copied as it is). */
  result(): string | null {
    if (!this.changed) return null;
    let xml = this.xml;
    for (const s of LISTS) {
      const add = this.added.get(s)!;
      if (!add.length) continue;
      const count = String(this.items.get(s)!.length);
      const f = findElement(xml, this.p, s);
      if (f && !f.selfClosed) {
        const close = f.end - `</${this.p}${s}>`.length;
        xml = xml.slice(0, f.start) + setAttr(f.open, "count", count) + xml.slice(f.start + f.open.length, close) + add.join("") + xml.slice(close);
      } else {
        const el = `<${this.p}${s} count="${count}">${add.join("")}</${this.p}${s}>`;
        if (f) xml = xml.slice(0, f.start) + el + xml.slice(f.end);
        else xml = insertSection(xml, this.p, s, el);
      }
    }
    return xml;
  }
}

function hasFont(look: CellLook): boolean {
  return !!(look.bold || look.link || look.italic || look.size || look.color);
}

/** One key per distinct look (a cache key: equal looks share one cell format). */
function lookKey(look: CellLook): string {
  return `${look.bold ? "B" : ""}${look.link ? "L" : ""}${look.date ? "D" : ""}${look.wrap ? "W" : ""}${look.italic ? "I" : ""}|${look.size ?? ""}|${look.color ?? ""}|${look.fill ?? ""}`;
}

/** Put a new section before the first later section in schema order, or before </styleSheet>. */
function insertSection(xml: string, p: string, s: Section, el: string): string {
  const later = ORDER.slice(ORDER.indexOf(s) + 1);
  let at = firstOf(xml, p, later);
  if (at < 0) at = xml.lastIndexOf(`</${p}styleSheet>`);
  return xml.slice(0, at) + el + xml.slice(at);
}
