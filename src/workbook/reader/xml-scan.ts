/**
 * A small streaming XML scanner (SAX-style, no DOM): text is fed in pieces of any size, each tag is reported
 * with its local name (prefix dropped) and its raw attribute text, text between tags is reported raw (decode it
 * with `decodeXml` only where it is wanted). Enough for the parts of an .xlsx / .docx this project reads.
 */

export interface XmlHandler {
  /** An opening or self-closing tag. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags (entities not decoded); CDATA comes decoded (`cdata` true). */
  text?(raw: string, cdata: boolean): void;
}

function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

export class XmlScanner {
  private rest = "";

  /** `halted`, when given, is asked after each opening tag: true ends the scan (the rest is never looked at). */
  constructor(
    private readonly h: XmlHandler,
    private readonly halted?: () => boolean,
  ) {}

  /** The scan was ended by `halted`. */
  done = false;

  feed(chunk: string): void {
    if (this.done) return;
    const s = this.rest ? this.rest + chunk : chunk;
    const halted = this.halted;
    const h = this.h;
    let pos = 0;
    const n = s.length;
    while (pos < n) {
      const lt = s.indexOf("<", pos);
      if (lt < 0) {
        if (h.text) h.text(s.slice(pos), false);
        pos = n;
        break;
      }
      if (lt > pos && h.text) h.text(s.slice(pos, lt), false);
      const c1 = s.charCodeAt(lt + 1);
      if (lt + 1 >= n) {
        pos = lt;
        break;
      }
      if (c1 === 0x21 /* ! */) {
        if (s.startsWith("<!--", lt)) {
          const e = s.indexOf("-->", lt + 4);
          if (e >= 0) {
            pos = e + 3;
            continue;
          }
        } else if (s.startsWith("<![CDATA[", lt)) {
          const e = s.indexOf("]]>", lt + 9);
          if (e >= 0) {
            if (h.text) h.text(s.slice(lt + 9, e), true);
            pos = e + 3;
            continue;
          }
        } else if (n - lt >= 9) {
          const e = s.indexOf(">", lt);
          if (e >= 0) {
            pos = e + 1;
            continue;
          }
        }
        pos = lt;
        break;
      }
      if (c1 === 0x3f /* ? */) {
        const e = s.indexOf("?>", lt);
        if (e < 0) {
          pos = lt;
          break;
        }
        pos = e + 2;
        continue;
      }
      // Find the tag's end outside quotes.
      let e = lt + 1;
      let quote = 0;
      for (; e < n; e++) {
        const c = s.charCodeAt(e);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === 0x22 || c === 0x27) quote = c;
        else if (c === 0x3e /* > */) break;
      }
      if (e >= n) {
        pos = lt;
        break;
      }
      if (c1 === 0x2f /* / */) {
        h.close(localName(s.slice(lt + 2, e).trim()));
      } else {
        const self = s.charCodeAt(e - 1) === 0x2f;
        const end = self ? e - 1 : e;
        let sp = lt + 1;
        let colon = -1;
        for (; sp < end; sp++) {
          const c = s.charCodeAt(sp);
          if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) break;
          if (c === 0x3a) colon = sp;
        }
        h.open(s.slice(colon >= 0 ? colon + 1 : lt + 1, sp), sp < end ? s.slice(sp, end) : "", self);
        if (halted && halted()) {
          this.done = true;
          this.rest = "";
          return;
        }
      }
      pos = e + 1;
    }
    this.rest = pos < n ? s.slice(pos) : "";
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML entities → characters. */
export function decodeXml(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(ENTITY, (_, e: string) => {
    if (e.charCodeAt(0) === 0x23) {
      const code = e.charCodeAt(1) === 0x78 ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      try {
        return String.fromCodePoint(code);
      } catch {
        return "";
      }
    }
    return NAMED[e] ?? "";
  });
}

/** OOXML's escapes for characters XML cannot hold: _x000D_ → CR (and _x005F_ → _). */
export function decodeOoxmlEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** One attribute's decoded value from a tag's raw attribute text (prefixes ignored: r:id → "id" with prefix "r"). */
export function attr(attrs: string, name: string): string | null {
  const re = new RegExp(`(?:^|\\s)(?:[\\w.-]+:)?${name}\\s*=\\s*("([^"]*)"|'([^']*)')`);
  const m = re.exec(attrs);
  if (!m) return null;
  return decodeXml(m[2] ?? m[3] ?? "");
}

/** An attribute by its exact qualified name (e.g. "r:id"). */
export function attrExact(attrs: string, qname: string): string | null {
  const esc = qname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`(?:^|\\s)${esc}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[2] ?? m[3] ?? "") : null;
}

/** Feed a whole byte stream (UTF-8) through a scanner. */
export function scanBytes(h: XmlHandler, feedAll: (onChunk: (c: Uint8Array) => boolean | void) => void, stop?: () => boolean): void {
  const dec = new TextDecoder();
  const sc = new XmlScanner(h, stop);
  feedAll((c) => {
    sc.feed(dec.decode(c, { stream: true }));
    return !sc.done;
  });
  if (!sc.done) sc.feed(dec.decode());
}

/** The same, for a stream whose chunks come asynchronously. */
export async function scanBytesAsync(h: XmlHandler, feedAll: (onChunk: (c: Uint8Array) => void) => Promise<unknown>): Promise<void> {
  const dec = new TextDecoder();
  const sc = new XmlScanner(h);
  await feedAll((c) => sc.feed(dec.decode(c, { stream: true })));
  sc.feed(dec.decode());
}
