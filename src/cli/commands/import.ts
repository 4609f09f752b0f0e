/**
 * `breakdown import DOC.txt|DOC.docx [--year Y] [-o OUT.xlsx] [--json]`
 * Reads a 工作要点 / 实施方案 (plain text in UTF-8, UTF-16 or GB18030, or .docx read by src/workbook/docx with its
 * automatic numbering and its tables; a Word table holding the 任务分解表 is read as a table), turns it into a
 * 任务分解表 and prints what it found (a readable Chinese report, or one JSON object with --json); with -o writes the table as a new .xlsx. Exit 0 done, 2 bad usage or unreadable file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { errnoCode, readErrorMessage } from "../files";
import { checkOutputPath, writeOutput } from "../output";
import { UsageError, type CliIO } from "../io";
import { langArg, readArgs, yearOption } from "../args";
import { strings, type Lang } from "../../strings";
import { importDocument, importJson, importTableCells, limitCellLength } from "../../core/import";
import type { ImportOptions, ImportResult } from "../../core/import/types";
import { readDocx, type DocxTable } from "../../workbook/docx";
import { importToXlsx } from "../../workbook/import-book";
import { decodeText } from "../../app/document-text";

export interface ImportArgs {
  file: string;
  year?: number;
  out?: string;
  json: boolean;
  lang: Lang;
  /** --help / -h: print the usage and do nothing else (no DOC needed). */
  help?: boolean;
}

export function parseImportArgs(argv: string[]): ImportArgs {
  const lang = langArg(argv);
  const t = strings(lang).importDoc.cli;
  const { values, positionals: files } = readArgs(argv, {
    options: {
      help: { type: "boolean", short: "h" },
      json: { type: "boolean" },
      year: { ...yearOption(t.badYear), nonEmpty: true },
      out: {
        type: "string",
        short: "o",
        aliases: ["output"],
        nonEmpty: true,
        read: (v: string) => {
          if (path.extname(v).toLowerCase() !== ".xlsx") throw new UsageError(strings(lang).fileIO.outputExtension(v, ".xlsx"));
          return v;
        },
      },
      lang: { type: "string", nonEmpty: true },
    },
    unknownOption: t.unknownOption,
    needValue: t.optionNeedsValue,
  });
  if (values.help) return { file: "", json: false, lang, help: true };
  if (files.length === 0) throw new UsageError(t.missingFile);
  if (files.length > 1) throw new UsageError(t.tooManyFiles(files[1]));
  return { file: files[0], year: values.year, out: values.out, json: values.json === true, lang };
}

export { decodeText };

/** The document: .txt decoded; .docx read for its paragraphs (numbering labels kept) and its tables. */
export interface ReadDocument {
  /** Paragraphs separated by blank lines. */
  text: string;
  /** The .docx's tables, when the document is a .docx. */
  tables: DocxTable[];
}

/** The document's text (paragraphs separated by blank lines) and, for a .docx, its tables. */
export function readDocument(file: string, lang: Lang = "zh-CN"): ReadDocument {
  const t = strings(lang).importDoc.cli;
  const ext = path.extname(file).toLowerCase();
  if (ext === ".doc" || ext === ".wps") throw new UsageError(t.oldDoc(file));
  if (ext !== ".txt" && ext !== ".docx" && ext !== ".text") throw new UsageError(t.unsupported(file));
  let bytes: Buffer;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw new UsageError(t.notAFile(file));
    bytes = fs.readFileSync(file);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(readErrorMessage(file, errnoCode(err), lang));
  }
  if (ext === ".docx") {
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new UsageError(t.oldDoc(file));
      throw new UsageError(t.badDocx(file));
    }
    let doc: ReturnType<typeof readDocx> = null;
    try {
      doc = readDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch {
      doc = null;
    }
    if (!doc) throw new UsageError(t.badDocx(file));
    return { text: doc.paragraphs.join("\n\n"), tables: doc.tables };
  }
  const text = decodeText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (text === null) throw new UsageError(t.badText(file));
  return { text, tables: [] };
}

/**
 * The import of a document: a Word table that holds a 任务分解表 is read as a table (the one with the most task
 * rows; DOMAIN.md §8), else the prose (tab-separated text is a table too: importDocument tells).
 */
export function importRead(doc: ReadDocument, opts: ImportOptions): ImportResult {
  let best: ImportResult | null = null;
  const firstLine = doc.text.split("\n").find((l) => l.trim() !== "")?.trim() ?? null;
  for (const table of doc.tables) {
    const title = table.before ?? firstLine;
    const r = importTableCells(table.cells, { ...opts, title, text: doc.text });
    if (r && (!best || r.rows.length > best.rows.length)) best = r;
  }
  return best ? limitCellLength(best, opts.lang) : importDocument(doc.text, opts);
}

function report(result: ImportResult, lang: Lang): string {
  const t = strings(lang).importDoc.cli;
  const lines: string[] = [];
  lines.push(t.summary(result.rows.length, result.year, t.yearSource[result.yearSource]));
  const noUnits = result.rows.filter((r) => r.lead.length + r.responsible.length + r.cooperate.length === 0).length;
  const noDeadline = result.rows.filter((r) => r.deadline === "").length;
  const inferred = result.rows.filter((r) => r.deadlineInferred).length;
  if (noUnits) lines.push(t.withoutUnits(noUnits));
  if (noDeadline) lines.push(t.withoutDeadline(noDeadline));
  if (inferred) lines.push(t.inferred(inferred));
  const notices = result.omitted.filter((o) => o.reason === "notice").length;
  if (notices) lines.push(t.omitted(notices));
  for (const f of result.findings) lines.push(t.findingLine(t.severity[f.severity], f.message));
  return lines.join("\n") + "\n";
}


export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseImportArgs(argv);
  const t = strings(args.lang).importDoc.cli;
  if (args.help) {
    io.stdout(t.usage + "\n");
    return 0;
  }
  // -o is checked before any work: empty, not .xlsx, the input itself, no such folder.
  if (args.out !== undefined) checkOutputPath(args.out, { input: args.file, extensions: [".xlsx"], lang: args.lang });
  const doc = readDocument(args.file, args.lang);
  const result = importRead(doc, { year: args.year, fallbackYear: new Date().getFullYear(), lang: args.lang });
  if (result.rows.length === 0) throw new UsageError(t.noRows(args.file));
  if (args.out !== undefined) await writeOutput(args.out, await importToXlsx(result, { lang: args.lang }), { input: args.file, lang: args.lang });
  if (args.json) io.stdout(JSON.stringify(importJson(result)) + "\n");
  else {
    io.stdout(report(result, args.lang));
    if (args.out !== undefined) io.stdout(t.written(args.out, strings(args.lang).importDoc.sheetName) + "\n");
  }
  return 0;
}
