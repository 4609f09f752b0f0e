/**
 * The workbook's own shared strings, for generated cells to point at instead of repeating the text inline.
 * A unit sheet's 工作任务 and 工作要求 are the table's texts, which the table's cells already hold in
 * sharedStrings.xml: pointing at them halves the XML the writer makes and compresses, and the file is smaller.
 * sharedStrings.xml itself is never changed (its `count`, the number of references, is informative and stays
 * as it was). Only entries that are one plain run of text are used (a formatted or phonetic entry would carry its
 * runs into the generated sheet), and of equal texts the first.
 */
import { decodeOoxmlEscapes, decodeXml } from "../reader/xml-scan";
import { keepsSpace } from "./cells";

/** Larger parts are not indexed (generated cells stay inline): the index is for speed, never a risk to memory. */
const MAX_CHARS = 64 << 20;

const SI = /<(?:\w+:)?si(?=[\s>/])[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g;
const PLAIN = /^<(?:\w+:)?t(\s+xml:space="preserve")?>([^<]*)<\/(?:\w+:)?t>$/;

/** Text → index of its shared string (plain entries only); empty when the part is missing or too large. */
export function sharedIndex(xml: string | null): Map<string, number> {
  const out = new Map<string, number>();
  if (!xml || xml.length > MAX_CHARS) return out;
  let i = 0;
  for (const m of xml.matchAll(SI)) {
    const inner = m[1];
    const plain = inner === undefined ? null : PLAIN.exec(inner);
    if (plain) {
      const text = decodeOoxmlEscapes(decodeXml(plain[2]));
      if (text && (plain[1] || !keepsSpace(text)) && !out.has(text)) out.set(text, i);
    }
    i++;
  }
  return out;
}
