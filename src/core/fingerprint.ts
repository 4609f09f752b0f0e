/**
 * A fingerprint of a table's cells: the overview records it, so a later look can tell whether the table changed
 * since the summary was built. A small pure hash (cyrb53, 53 bits), not a security measure: it only has to
 * change when a cell changes. The added columns of an earlier run (规范时限 / 统计状态 / 时限类型) are left out, so
 * writing them does not make the summary look stale.
 */
import type { CellValue, SheetCells } from "./types";
import { withoutOutputColumns } from "./own";

/** cyrb53 of a string, as 14 hex digits. */
export function hashText(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, "0");
}

function cellKey(v: CellValue): string {
  if (v === null || v === "") return "";
  if (typeof v === "string") return `s${v}`;
  if (typeof v === "number") return `n${v}`;
  return v ? "b1" : "b0";
}

/**
 * The fingerprint of a sheet's cells (non-empty values with their sheet positions, so a reader that pads the used
 * range differently gets the same fingerprint). "fp1:" + 14 hex digits.
 */
export function tableFingerprint(cells: SheetCells): string {
  const clean = withoutOutputColumns(cells);
  const lines: string[] = [];
  clean.values.forEach((row, i) => {
    const cellsOfRow: string[] = [];
    row.forEach((v, j) => {
      const k = cellKey(v);
      if (k) cellsOfRow.push(`${clean.firstCol + j}=${k}`);
    });
    if (cellsOfRow.length) lines.push(`${clean.firstRow + i}:${cellsOfRow.join("\u0001")}`);
  });
  return `fp1:${hashText(lines.join("\u0002"))}`;
}
