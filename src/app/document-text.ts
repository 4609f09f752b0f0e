/**
 * A document's text for 从文稿导入, the same on the command line (src/cli/commands/import.ts) and the standalone
 * page (src/standalone/read-document.ts): .txt bytes decoded (BOM, then strict UTF-8, then GB18030), .docx
 * recognised by its zip signature (an old .doc by its OLE one). Only web-standard APIs (TextDecoder).
 */

/** Text file bytes → text: BOM first, then strict UTF-8, then GB18030 (the usual encoding of Chinese .txt files). */
export function decodeText(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    try {
      return new TextDecoder("gb18030", { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
}

export type DocumentKind = "txt" | "docx" | "doc" | "xlsx" | "other";

/** What a file is, by its name and first bytes: a table (.xlsx …) for the table path, a document for the import. */
export function documentKind(name: string, bytes: Uint8Array): DocumentKind {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? "";
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf;
  if (ext === "txt" || ext === "text") return "txt";
  if (ext === "docx") return "docx";
  if (ext === "doc" || ext === "wps") return "doc";
  if (["xlsx", "xlsm", "xls", "et", "ods", "csv", "xlsb"].includes(ext)) return "xlsx";
  if (ole) return "doc";
  return zip ? "xlsx" : "other";
}
