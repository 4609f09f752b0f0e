/**
 * Text tables: the encoding of a .csv / .txt detected (UTF-8 with or without BOM, UTF-16 with BOM, else
 * GB18030 — the superset of GBK that Chinese Excel and WPS write), then split into rows and cells: comma-
 * separated with quotes (RFC 4180) or tab-separated. No Node APIs.
 */

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

/** The encoding these bytes are written in. */
export function detectEncoding(bytes: Uint8Array): TextEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return "utf-8";
  } catch {
    return "gb18030";
  }
}

/** The bytes as text (BOM removed). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const encoding = detectEncoding(bytes);
  const text = new TextDecoder(encoding).decode(bytes); // TextDecoder drops a BOM by default
  return { text: text.replace(/^\uFEFF/, ""), encoding };
}

/** Comma-separated values, quotes doubled inside quoted cells; line breaks inside quotes kept. */
export function parseCsv(text: string, sep = ","): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
      i++;
    } else if (ch === sep) {
      row.push(cell);
      cell = "";
      i++;
    } else if (ch === "\r" || ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      cell += ch;
      i++;
    }
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** The separator a text table uses: tab when most non-empty lines hold one, else comma (or ；/; when only those). */
export function guessSeparator(text: string): string {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 50);
  const share = (c: string): number => lines.filter((l) => l.includes(c)).length / Math.max(1, lines.length);
  if (share("\t") >= 0.5) return "\t";
  if (share(",") >= 0.5) return ",";
  if (share(";") >= 0.5) return ";";
  return ",";
}

/** Does this text look like a table (tab-separated, most lines with the same number of cells ≥ 3)? */
export function looksLikeTabTable(text: string): boolean {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) return false;
  const counts = lines.map((l) => l.split("\t").length);
  const withTabs = counts.filter((c) => c >= 3);
  if (withTabs.length / lines.length < 0.6) return false;
  const freq = new Map<number, number>();
  for (const c of withTabs) freq.set(c, (freq.get(c) ?? 0) + 1);
  const top = Math.max(...freq.values());
  return top / withTabs.length >= 0.6;
}
