/**
 * 从文稿导入 from a file on the page: a .txt or .docx read the way `breakdown import` reads it (src/app/
 * document-text.ts: encodings; .docx paragraphs with their numbering through src/workbook/docx, loaded only when
 * a .docx is chosen; the page imports the paragraphs — a Word table is read as its cells' text). Failures
 * are HostErrors with the command line's own messages (old .doc, a broken .docx, an unknown encoding).
 */
import { HostError } from "../app/host";
import { decodeText, documentKind } from "../app/document-text";
import { strings, type Lang } from "../strings";

export async function readDocumentFile(name: string, data: ArrayBuffer, lang: Lang): Promise<string> {
  const t = strings(lang).importDoc.cli;
  const bytes = new Uint8Array(data);
  const kind = documentKind(name, bytes);
  if (kind === "doc") throw new HostError(t.oldDoc(name), "import");
  if (kind === "docx") {
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new HostError(t.badDocx(name), "import");
    // The CLI's own .docx reader (src/workbook/docx: paragraphs with their automatic numbering), loaded only now.
    let paragraphs: string[] | null = null;
    try {
      const { readDocx } = await import(/* webpackChunkName: "docx" */ "../workbook/docx");
      paragraphs = readDocx(bytes)?.paragraphs ?? null;
    } catch (err) {
      throw new HostError(t.badDocx(name), "import", { cause: err });
    }
    if (!paragraphs) throw new HostError(t.badDocx(name), "import");
    return paragraphs.join("\n\n");
  }
  if (kind !== "txt") throw new HostError(t.unsupported(name), "import");
  const text = decodeText(bytes);
  if (text === null) throw new HostError(t.badText(name), "import");
  return text;
}
