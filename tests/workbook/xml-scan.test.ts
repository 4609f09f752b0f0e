/**
 * The reader's XML scanner: tags whose attribute values hold ">" and quotes of the other kind, text with quotes
 * between tags, comments and CDATA, fed whole or cut anywhere — every tag and text reported as written.
 */
import fc from "fast-check";
import { XmlScanner, type XmlHandler } from "../../src/workbook/reader/xml-scan";

type Event = ["open", string, string, boolean] | ["close", string] | ["text", string, boolean];

/** One piece of XML and the events it must give. */
interface Piece {
  xml: string;
  events: Event[];
}

const name = fc.constantFrom("c", "v", "x:row", "si", "t");
const value = fc.string({ unit: fc.constantFrom("a", "1", ">", "<", "/", " ", "'", '"', "任"), maxLength: 6 });
const attr = fc.tuple(fc.constantFrom("r", "s", "t", "xml:space"), value).map(([k, v]) => (v.includes('"') ? `${k}='${v.replace(/'/g, "")}'` : `${k}="${v}"`));
const local = (q: string) => q.slice(q.indexOf(":") + 1);

const piece: fc.Arbitrary<Piece> = fc.oneof(
  fc.tuple(name, fc.array(attr, { maxLength: 3 }), fc.boolean()).map(([n, attrs, self]) => {
    const a = attrs.map((x) => ` ${x}`).join("");
    return { xml: `<${n}${a}${self ? "/" : ""}>`, events: [["open", local(n), a, self] as Event] };
  }),
  name.map((n) => ({ xml: `</${n}>`, events: [["close", local(n)] as Event] })),
  fc.string({ unit: fc.constantFrom("a", "'", '"', "任", " ", "&amp;", ">"), minLength: 1, maxLength: 8 }).map((t) => ({ xml: t, events: [["text", t, false] as Event] })),
  fc.string({ unit: fc.constantFrom("a", "<", ">", '"'), maxLength: 5 }).map((t) => ({ xml: `<![CDATA[${t}]]>`, events: [["text", t, true] as Event] })),
  fc.constant<Piece>({ xml: "<!-- a > b \" -->", events: [] }),
);

/** Adjacent text events joined (a cut may split one text in two). */
function joined(events: Event[]): Event[] {
  const out: Event[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e[0] === "text" && last?.[0] === "text" && !e[2] && !last[2]) out[out.length - 1] = ["text", last[1] + e[1], false];
    else out.push(e);
  }
  return out;
}

function scan(chunks: string[]): Event[] {
  const events: Event[] = [];
  const h: XmlHandler = {
    open: (n, a, self) => events.push(["open", n, a, self]),
    close: (n) => events.push(["close", n]),
    text: (t, cdata) => events.push(["text", t, cdata]),
  };
  const s = new XmlScanner(h);
  for (const c of chunks) s.feed(c);
  return joined(events);
}

test("every tag, text and CDATA is reported as written, whole or cut anywhere", () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.array(fc.nat(200), { maxLength: 4 }), (pieces, cuts) => {
      const xml = pieces.map((p) => p.xml).join("");
      const expected = joined(pieces.flatMap((p) => p.events));
      expect(scan([xml])).toEqual(expected);
      const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
      const chunks = [0, ...at].map((from, i) => xml.slice(from, [...at, xml.length][i]));
      expect(scan(chunks)).toEqual(expected);
    }),
    { numRuns: 300 },
  );
});
