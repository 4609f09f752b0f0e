/**
 * The file host: the Host of the standalone page, over an .xlsx held in memory. Nothing leaves the page.
 *
 * src/workbook (and with it exceljs) is loaded only when a file is opened: on the page through a Web Worker
 * (worker-client.ts, injected as loadProcessor by index.tsx), else with a dynamic import(). Either way it lives
 * in chunks of its own and the pane inside Excel never downloads it.
 */
import type { ProcessOptions, ProcessResult } from "../workbook/process";
import type { Lang } from "../strings";
import type { ImportResult } from "../core/import/types";
import type { Finding } from "../core/types";
import type { ImportedFile } from "../workbook/import-book";
import { strings } from "../strings";
import { HostError, type ActionName, type ActionOutcome, type Host, type HostSettings, type ProgressFn } from "../app/host";
import { partsFor } from "../app/actions";
import { isWorkbookErrorCode } from "../app/errors";
import { todayIso } from "../core/dates";
import { isXlsxName, looksLikeZip, resultFileName } from "./files";

export type ProcessFn = (input: Uint8Array | ArrayBuffer, opts: ProcessOptions) => Promise<ProcessResult>;

/** Loads processWorkbook on first use (a separate chunk in the browser build). */
export const loadProcessor = async (): Promise<ProcessFn> =>
  (await import(/* webpackChunkName: "workbook" */ "../workbook/process")).processWorkbook;

export type AddImportedTableFn = (current: Uint8Array | null, result: ImportResult, lang: Lang) => Promise<ImportedFile>;

/** Loads the import writer on first use (the zip-patching writer: the same lazy chunk as processWorkbook). */
export const loadImportWriter = async (): Promise<AddImportedTableFn> =>
  (await import(/* webpackChunkName: "workbook" */ "../workbook/import-book")).addImportedSheet;

export interface FileHostOptions {
  lang?: Lang;
  /** Injected in tests; the lazily loaded processWorkbook otherwise. */
  loadProcessor?: () => Promise<ProcessFn>;
  /** Injected in tests; the lazily loaded import writer otherwise. */
  loadImportWriter?: () => Promise<AddImportedTableFn>;
  /** The clock for "today" (the overview's timestamp is processWorkbook's own: local now). */
  now?: () => Date;
}

/** The file host's extras beyond Host, for the standalone page's file controls. */
export interface FileSession extends Host {
  kind: "file";
  /** Open a workbook: checks it can be read, then runs 校验 with the given settings. */
  open(data: ArrayBuffer | Uint8Array, name: string, settings: HostSettings, onProgress?: ProgressFn): Promise<ActionOutcome>;
  /** The current file's name, or null when none is open. */
  fileName(): string | null;
  /** True once a run wrote results into the current workbook. */
  hasResult(): boolean;
  /** The current workbook (the processed one after a run) and the name to save it under. */
  download(): { bytes: Uint8Array; name: string } | null;
  /**
   * Stop the run in progress (true when there was one to stop): its promise rejects with a "cancelled"
   * HostError and the open workbook stays exactly as it was before the run.
   */
  cancel(): boolean;
}

export class FileHost implements FileSession {
  readonly kind = "file" as const;
  private bytes: Uint8Array | null = null;
  private name: string | null = null;
  private sheets: string[] = [];
  private processed = false;
  /**
   * What a written result cannot carry over from the file as the user opened it (charts, pivot tables …): after
   * the first run the current bytes are the processed ones, which no longer hold those parts, so a later run's
   * own check would find nothing to say.
   */
  private dropNote: Finding | null = null;
  private readonly lang: Lang;
  private readonly load: () => Promise<ProcessFn>;
  private readonly now: () => Date;
  private readonly loadImport: () => Promise<AddImportedTableFn>;
  private processor: ProcessFn | null = null;

  constructor(opts: FileHostOptions = {}) {
    this.lang = opts.lang ?? "zh-CN";
    this.load = opts.loadProcessor ?? loadProcessor;
    this.now = opts.now ?? (() => new Date());
    this.loadImport = opts.loadImportWriter ?? loadImportWriter;
  }

  private get ui() {
    return strings(this.lang).ui;
  }

  private async process(): Promise<ProcessFn> {
    if (!this.processor) {
      try {
        this.processor = await this.load();
      } catch (err) {
        // The chunk could not be loaded (offline after an update, a blocked file): say what to do.
        throw new HostError(this.ui.errors.generic, "chunk-load", { cause: err });
      }
    }
    return this.processor;
  }

  cancel(): boolean {
    const p = this.processor as unknown as { cancel?: () => boolean } | null;
    return p?.cancel?.() ?? false;
  }

  /** A cancelled worker call as the pane's "cancelled" HostError; anything else as before. */
  private cancelled(err: unknown): HostError | null {
    return err instanceof Error && err.name === "CancelledError" ? new HostError(strings(this.lang).pane.cancelled, "cancelled", { cause: err }) : null;
  }

  private options(settings: HostSettings, action: ActionName | null, onProgress?: ProgressFn): ProcessOptions {
    const parts = action ? partsFor(action) : null;
    const opts: ProcessOptions = {
      asOf: settings.asOf ?? todayIso(this.now()),
      dueSoonDays: settings.dueSoonDays,
      longOverdueDays: settings.longOverdueDays,
      // A date the user chose is written into the highlight rules; "today" stays TODAY() so the file keeps up.
      fixedAsOf: settings.asOf !== null,
      workbookName: this.name ?? undefined,
      lang: this.lang,
      outputLang: settings.outputLang ?? "table",
    };
    if (settings.sheet) opts.sheet = settings.sheet;
    if (settings.year !== null) opts.year = settings.year;
    if (parts) opts.parts = parts;
    // Each stage as processWorkbook starts it (read, check, plan, write), scaled to the run's share of the bar.
    if (onProgress) opts.onProgress = (fraction, stage) => onProgress(0.05 + 0.9 * fraction, stage);
    return opts;
  }

  async open(data: ArrayBuffer | Uint8Array, name: string, settings: HostSettings, onProgress?: ProgressFn): Promise<ActionOutcome> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    onProgress?.(0.1, "open");
    const process = await this.process();
    let out: ProcessResult;
    const previousName = this.name;
    this.name = name;
    try {
      out = await process(bytes, this.options({ ...settings, sheet: null }, null, onProgress));
    } catch (err) {
      this.name = previousName;
      const known = this.cancelled(err) ?? userError(err);
      if (known) throw known;
      // Not a reason processWorkbook could name: say what the user can do with the file.
      const notXlsx = !isXlsxName(name) && !looksLikeZip(bytes);
      throw new HostError(notXlsx ? this.ui.errors.notXlsx(name) : this.ui.errors.brokenFile(name), "broken-file", { cause: err });
    }
    this.bytes = bytes;
    this.sheets = out.sheets.slice();
    this.processed = false;
    this.dropNote = null;
    onProgress?.(1, "done");
    return { result: out.result, plan: null, overview: out.overview ?? null };
  }

  fileName(): string | null {
    return this.name;
  }

  hasResult(): boolean {
    return this.processed;
  }

  /** The open workbook's bytes (as opened, or as last processed); null when none is open. */
  current(): Uint8Array | null {
    return this.bytes;
  }

  /** Make `bytes` (a result: collect's merged master) the current workbook; 下载结果 then saves it. */
  adopt(bytes: Uint8Array, sheets: string[]): void {
    this.bytes = bytes;
    this.sheets = sheets.slice();
    this.processed = true;
  }

  download(): { bytes: Uint8Array; name: string } | null {
    if (!this.bytes || !this.name) return null;
    return { bytes: this.bytes, name: this.processed ? resultFileName(this.name, this.ui) : this.name };
  }

  listSheets(): Promise<string[]> {
    return Promise.resolve(this.sheets.slice());
  }

  loadSettings(): Promise<Partial<HostSettings>> {
    return Promise.resolve({});
  }

  async saveSettings(_settings: HostSettings): Promise<void> {
    // A file on the page keeps no settings: the page holds them while it is open.
  }

  /**
   * 从文稿导入: the table goes into the open workbook as a new sheet; with none open, a new workbook named after
   * the table's title becomes the current file. Either way 下载结果 then saves it.
   */
  async importTable(result: ImportResult): Promise<string> {
    let write: AddImportedTableFn;
    try {
      write = await this.loadImport();
    } catch (err) {
      throw new HostError(this.ui.errors.generic, "chunk-load", { cause: err });
    }
    let out: ImportedFile;
    try {
      out = await write(this.bytes, result, this.lang);
    } catch (err) {
      throw userError(err) ?? err;
    }
    if (!this.name) this.name = importedFileName(result.sheetTitle, this.lang);
    this.bytes = out.bytes;
    this.sheets = out.sheets.slice();
    this.processed = true;
    return out.sheet;
  }

  async run(action: ActionName, settings: HostSettings, onProgress?: ProgressFn): Promise<ActionOutcome> {
    if (!this.bytes) throw new HostError(this.ui.errors.noFile, "no-file");
    onProgress?.(0.02, "read");
    const process = await this.process();
    let out: ProcessResult;
    try {
      out = await process(this.bytes, this.options(settings, action, onProgress));
    } catch (err) {
      // Cancelled or failed: this.bytes is still the workbook as it was before the run.
      throw this.cancelled(err) ?? userError(err) ?? err;
    }
    const ownNote = out.plan?.notes.find((n) => n.code === "output-drops-content") ?? null;
    if (ownNote && !this.processed) this.dropNote = ownNote;
    else if (out.plan && !ownNote && this.dropNote) out = { ...out, plan: { ...out.plan, notes: [...out.plan.notes, this.dropNote] } };
    if (out.output) {
      // The processed workbook becomes the current one: 下载结果 saves it, and the next run replaces its results.
      this.bytes = out.output;
      this.processed = true;
    }
    this.sheets = out.sheets.slice();
    onProgress?.(1, "done");
    return { result: out.result, plan: out.plan, overview: out.overview ?? null };
  }
}

/**
 * A failure the user can act on, as a HostError: processWorkbook reports those as WorkbookError (encrypted,
 * old .xls, no such sheet …) with a one-line message that says what to do. Anything else: null (unexpected).
 */
export function userError(err: unknown): HostError | null {
  if (err instanceof HostError) return err;
  // Recognised by name, not by class: importing src/workbook here would pull it into the first load.
  if (err instanceof Error && err.name === "WorkbookError" && err.message.trim()) {
    const code = (err as Error & { code?: unknown }).code;
    return new HostError(err.message, isWorkbookErrorCode(code) ? code : "workbook", { cause: err });
  }
  return null;
}

/** "2022年全市政务公开工作任务分解表" → a file name without characters file systems refuse. */
export function importedFileName(title: string, lang: Lang = "zh-CN"): string {
  const base = title.replace(/[\\/:*?"<>|\r\n\t]+/g, " ").trim().slice(0, 80) || strings(lang).importDoc.sheetName;
  return `${base}.xlsx`;
}

export function createFileHost(opts: FileHostOptions = {}): FileHost {
  return new FileHost(opts);
}
