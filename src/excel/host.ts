/**
 * The task pane's Host inside Excel: reads the table sheet through Office.js, checks it with the core, builds
 * the edit plan and applies it (src/excel/read.ts, apply.ts). Settings live in the workbook's document
 * settings. Every failure reaches the pane as a HostError whose message says what to do.
 *
 * `createExcelHost()` uses the global `Excel` and `Office`; tests pass the double in `deps`.
 */
import { isGeneratedSheet, taskSheetNames } from "../core/plan";
import { checkAndPlan } from "../app/check-and-plan";
import type { CellValue } from "../core/types";
import { langFromLocale, strings, type Lang } from "../strings";
import {
  DEFAULT_SETTINGS,
  HostError,
  type ActionName,
  type ActionOutcome,
  type Host,
  type HostSettings,
  type ProgressFn,
  type CollectSummary,
  type CycleRequest,
  type ReturnedFileBytes,
  type SplitOutcome,
} from "../app/host";
import { partsFor } from "../app/actions";
import { parseStoredSettings } from "../app/settings";
import { a1 } from "../core/a1";
import { fileNameFromUrl } from "./a1";
import { localTimestamp, todayIso } from "../core/dates";
import { applyPlan } from "./apply";
import { DEFAULT_BUDGET } from "./batch";
import { writeImportSheet } from "./import-sheet";
import { importSheetName, planImportSheet } from "../core/import/sheet";
import type { ImportResult } from "../core/import/types";
import { CELL_EDIT_MODE, officeErrorCode, toHostError } from "./errors";
import { capabilities, type ExcelRunner, type OfficeLike } from "./office";
import { readWorkbook } from "./read";
import { addStrayRangeFinding } from "../app/stray";
import { existingWorkbook } from "./existing";
import { collectInExcel, splitInExcel, type CycleContext } from "./cycle";

export { existingWorkbook } from "./existing";

/** The document-settings key the pane's settings are kept under. */
export const SETTINGS_KEY = "breakdownAssistant.settings";

export interface ExcelHostDeps {
  excel?: ExcelRunner;
  office?: OfficeLike;
  /** Clock (as-of "today", build time). */
  now?: () => Date;
  /** Waits between retries while Excel is in cell-edit mode (ms); default 500, 1500, 3000. */
  retryDelays?: number[];
  sleep?: (ms: number) => Promise<void>;
  /** Payload budget per sync (bytes). */
  budget?: number;
  /** The build time shown on the overview; local "yyyy-mm-ddTHH:MM:SS" of now() when absent. */
  builtAt?: () => string;
  /** Read block size (cells). */
  blockCells?: number;
  lang?: Lang;
  /** 督办: the lazily loaded unit-book writer and returned-file reader (tests inject them). */
  loadUnitBook?: CycleContext["loadUnitBook"];
  loadReader?: CycleContext["loadReader"];
}

export interface ExcelHost extends Host {
  kind: "excel";
  /** Syncs of the last run as the adapter counted them (reads + writes), for the benchmark. */
  lastRun: { writeSyncs: number } | null;
}

function globalOf<T>(name: string): T | undefined {
  return (globalThis as unknown as Record<string, T | undefined>)[name];
}

export function createExcelHost(deps: ExcelHostDeps = {}): ExcelHost {
  const excel = (): ExcelRunner => {
    const e = deps.excel ?? globalOf<ExcelRunner>("Excel");
    if (!e || typeof e.run !== "function") throw new HostError(strings(lang()).excel.noOfficeApi, "api");
    return e;
  };
  const office = (): OfficeLike => {
    const o = deps.office ?? globalOf<OfficeLike>("Office");
    if (!o || !o.context) throw new HostError(strings(lang()).excel.noOfficeApi, "api");
    return o;
  };
  const lang = (): Lang => {
    if (deps.lang) return deps.lang;
    try {
      return langFromLocale((deps.office ?? globalOf<OfficeLike>("Office"))?.context?.displayLanguage);
    } catch {
      return "zh-CN";
    }
  };
  const now = deps.now ?? (() => new Date());
  const delays = deps.retryDelays ?? [500, 1500, 3000];
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));

  /** Excel.run, retried while the user is editing a cell; every failure becomes a HostError. */
  async function run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> {
    const runner = excel();
    for (let attempt = 0; ; attempt++) {
      try {
        return await runner.run(batch);
      } catch (e) {
        if (officeErrorCode(e) === CELL_EDIT_MODE && attempt < delays.length) {
          await sleep(delays[attempt]);
          continue;
        }
        throw toHostError(e, lang());
      }
    }
  }

  /** The run in progress: whether a cancel was asked for, and whether its write batch has started. */
  let running: { cancelled: boolean; writing: boolean } | null = null;

  /** What 督办 needs of this host (src/excel/cycle.ts). */
  const cycleContext = (settings: HostSettings): CycleContext => {
    const l = lang();
    const caps = capabilities(office());
    if (!caps.base) throw new HostError(strings(l).excel.noOfficeApi, "api");
    const ns = excel() as ExcelRunner & { createWorkbook?: (base64?: string) => Promise<void> };
    const has = (v: string): boolean => {
      try {
        return office().context.requirements.isSetSupported("ExcelApi", v);
      } catch {
        return false;
      }
    };
    return {
      run,
      caps,
      has,
      createWorkbook: typeof ns.createWorkbook === "function" ? (b64: string) => ns.createWorkbook!(b64) : null,
      lang: l,
      asOf: settings.asOf ?? todayIso(now()),
      workbookName: fileNameFromUrl(office().context.document.url),
      builtAt: () => deps.builtAt?.() ?? localTimestamp(now()),
      budget: deps.budget ?? DEFAULT_BUDGET,
      ...(deps.loadUnitBook ? { loadUnitBook: deps.loadUnitBook } : {}),
      ...(deps.loadReader ? { loadReader: deps.loadReader } : {}),
    };
  };

  const host: ExcelHost = {
    kind: "excel",
    lastRun: null,

    async listSheets(): Promise<string[]> {
      return run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name,items/visibility");
        await ctx.sync();
        const visible = sheets.items.filter((s) => String(s.visibility) === "Visible");
        // The generated sheets (汇总, unit sheets) are never offered as the task sheet: read their marks.
        const heads = visible.map((s) => s.getRange("A1:C3").load("values"));
        await ctx.sync();
        return taskSheetNames(visible.map((s, i) => ({ name: s.name, generated: isGeneratedSheet((heads[i]?.values ?? []) as CellValue[][]) })));
      });
    },

    loadSettings(): Promise<Partial<HostSettings>> {
      try {
        return Promise.resolve(parseStoredSettings(office().context.document.settings.get(SETTINGS_KEY)));
      } catch {
        return Promise.resolve({});
      }
    },

    async saveSettings(settings: HostSettings): Promise<void> {
      const s = office().context.document.settings;
      const value: HostSettings = { ...DEFAULT_SETTINGS, ...parseStoredSettings(settings) };
      s.set(SETTINGS_KEY, value);
      await new Promise<void>((resolve, reject) => {
        s.saveAsync((result) => {
          if (String(result.status).toLowerCase() === "succeeded") resolve();
          else reject(new HostError(strings(lang()).excel.settingsNotSaved, "settings", { cause: result.error }));
        });
      });
    },

    async run(action: ActionName, settings: HostSettings, onProgress?: ProgressFn): Promise<ActionOutcome> {
      const l = lang();
      const t = strings(l).excel;
      const caps = capabilities(office());
      if (!caps.base) throw new HostError(t.noOfficeApi, "api");
      const parts = partsFor(action);
      const asOf = settings.asOf ?? todayIso(now());
      const workbookName = fileNameFromUrl(office().context.document.url);
      onProgress?.(0.02, "read");
      const state = { cancelled: false, writing: false };
      running = state;
      const stopIfCancelled = () => {
        if (state.cancelled) throw new HostError(strings(l).pane.cancelledExcel, "cancelled");
      };
      return run(async (ctx) => {
        const read = await readWorkbook(ctx, { sheet: settings.sheet, wantRules: !!parts?.highlights, caps, lang: l, blockCells: deps.blockCells });
        onProgress?.(0.25, "check");
        // The same step as the .xlsx path (src/app checkAndPlan): check, then plan what to write.
        const { result, plan } = checkAndPlan({
          cells: read.cells,
          settings: { year: settings.year, asOf, fixedAsOf: settings.asOf !== null, dueSoonDays: settings.dueSoonDays, longOverdueDays: settings.longOverdueDays },
          parts,
          existing: (r) => existingWorkbook(read, r),
          builtAt: () => deps.builtAt?.() ?? localTimestamp(now()),
          lang: l,
          outputLang: settings.outputLang ?? "table",
          ...(workbookName ? { workbookName } : {}),
          ...(read.aliases ? { aliases: read.aliases } : {}),
          beforePlan: (r) => {
            if (!r.layout) throw new HostError(t.noHeader(r.sheet), "no-header");
            if (read.protected && parts && (parts.columns || parts.highlights)) throw new HostError(t.protectedSheet(r.sheet), "protected");
            onProgress?.(0.35, "plan");
          },
        });
        if (read.strayCorner) addStrayRangeFinding(result, read.strayCorner, l);
        stopIfCancelled();
        if (!plan) {
          host.lastRun = { writeSyncs: 0 };
          onProgress?.(1, "done");
          return { result, plan: null, overview: read.overview };
        }
        // From here the write batch runs whole: a cancel is no longer possible (cancel() says false).
        state.writing = true;
        const applied = await applyPlan(ctx, plan, result, read, { caps, lang: l, budget: deps.budget ?? DEFAULT_BUDGET, onProgress });
        host.lastRun = { writeSyncs: applied.syncs };
        onProgress?.(1, "done");
        const outcome: ActionOutcome = { result, plan, overview: read.overview };
        if (applied.notes.length) outcome.notes = applied.notes;
        return outcome;
      }).finally(() => {
        if (running === state) running = null;
      });
    },

    cancel(): boolean {
      if (!running || running.writing) return false;
      running.cancelled = true;
      return true;
    },

    async importTable(result: ImportResult): Promise<string> {
      const l = lang();
      const caps = capabilities(office());
      if (!caps.base) throw new HostError(strings(l).excel.noOfficeApi, "api");
      return run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        const name = importSheetName(sheets.items.map((s) => s.name), l);
        try {
          await writeImportSheet(ctx, planImportSheet(result, { name, lang: l }), caps, deps.budget ?? DEFAULT_BUDGET);
        } catch (e) {
          // Never a half-written sheet: remove it (best effort), then report.
          try {
            const left = ctx.workbook.worksheets.getItemOrNullObject(name).load("name");
            await ctx.sync();
            if (!left.isNullObject) {
              left.delete();
              await ctx.sync();
            }
          } catch {
            // Excel refuses changes right now; the user can delete the sheet.
          }
          throw e;
        }
        return name;
      });
    },

    async splitUnits(request: CycleRequest, settings: HostSettings): Promise<SplitOutcome> {
      return splitInExcel(request, settings, cycleContext(settings));
    },

    async collectUnits(files: ReturnedFileBytes[], settings: HostSettings): Promise<CollectSummary> {
      const { syncs, ...summary } = await collectInExcel(files, settings, cycleContext(settings));
      host.lastRun = { writeSyncs: syncs };
      return summary;
    },

    async selectCell(sheet: string, row: number, column: number | null): Promise<void> {
      await run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(column ? a1(row, column) : `${row}:${row}`).select();
        await ctx.sync();
      });
    },
  };
  return host;
}
