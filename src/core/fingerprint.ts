/**
 * A fingerprint of a table's cells: the overview records it, so a later look can tell whether the table changed
 * since the summary was built. A small pure hash (cyrb53, 53 bits), not a security measure: it only has to
 * change when a cell changes. The added columns of an earlier run (规范时限 / 统计状态 / 时限类型) are left out, so
 * writing them does not make the summary look stale.
 */
import type { CellValue, SheetCells } from "./types";
import { withoutOutputColumns } from "./own";

/** cyrb53 fed piece by piece: the same digits as hashing the pieces joined, without making that string. */
class Cyrb53 {
  private h1: number;
  private h2: number;

  constructor(seed = 0) {
    this.h1 = 0xdeadbeef ^ seed;
    this.h2 = 0x41c6ce57 ^ seed;
  }

  add(text: string): void {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
  }

  /** 14 hex digits. */
  digest(): string {
    let h1 = this.h1;
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return n.toString(16).padStart(14, "0");
  }
}

/** cyrb53 of a string, as 14 hex digits. */
export function hashText(text: string, seed = 0): string {
  const h = new Cyrb53(seed);
  h.add(text);
  return h.digest();
}

/** A cell's value as the fingerprint spells it: "s…", "n…", "b1"/"b0"; "" for an empty cell. */
function cellKey(v: CellValue): string {
  if (v === null || v === "") return "";
  if (typeof v === "string") return `s${v}`;
  if (typeof v === "number") return `n${v}`;
  return v ? "b1" : "b0";
}

/**
 * The fingerprint of a sheet's cells (non-empty values with their sheet positions, so a reader that pads the used
 * range differently gets the same fingerprint). "fp1:" + 14 hex digits: cyrb53 of the lines
 * "row:col=key\u0001col=key…" of the non-empty rows joined by \u0002, hashed as they are spelled (never joined).
 */
export function tableFingerprint(cells: SheetCells): string {
  const clean = withoutOutputColumns(cells);
  const h = new Cyrb53();
  let lines = 0;
  clean.values.forEach((row, i) => {
    let inRow = 0;
    row.forEach((v, j) => {
      if (v === null || v === "") return;
      if (inRow++ === 0) {
        if (lines++ > 0) h.add("\u0002");
        h.add(`${clean.firstRow + i}:`);
      } else h.add("\u0001");
      h.add(`${clean.firstCol + j}=`);
      if (typeof v === "string") {
        h.add("s");
        h.add(v);
      } else h.add(cellKey(v));
    });
  });
  return `fp1:${h.digest()}`;
}
