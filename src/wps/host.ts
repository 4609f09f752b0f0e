/**
 * The task pane's Host inside WPS 表格 (a WPS 加载项): reads the table sheet through the ET object model, checks
 * it with the core, builds the edit plan and applies it (src/wps/read.ts, apply.ts) — the same plans as inside
 * Excel and on .xlsx files. Settings live in the workbook's custom document properties (saved with the file, in
 * .xlsx and .et alike). Every failure reaches the pane as a HostError whose message says what to do.
 *
 * `createWpsHost()` finds the ET Application of the add-in page (`wps.EtApplication()`, else the page's
 * `Application` global); tests pass the double in `deps.app`.
 */
import { checkAndPlan } from "../app/check-and-plan";
import { addStrayRangeFinding } from "../app/stray";
import { langFromLocale, strings, type Lang } from "../strings";
import { DEFAULT_SETTINGS, HostError, type ActionName, type ActionOutcome, type Host, type HostSettings, type ProgressFn } from "../app/host";
import { partsFor } from "../app/actions";
import { parseStoredSettings } from "../app/settings";
import { localTimestamp, todayIso } from "../core/dates";
import { importSheetName, planImportSheet } from "../core/import/sheet";
import type { ImportResult } from "../core/import/types";
import { existingWorkbook, SETTINGS_KEY } from "../excel/host";
import { rangeA1 } from "../excel/a1";
import { MSO_PROPERTY_TYPE_STRING, type EtApplication, type EtDocumentProperties } from "./et";
import { activeWorkbook, readWorkbook, sheetList } from "./read";
import { etApplication } from "./detect";
import { applyPlan, writeImportSheet } from "./apply";

export { SETTINGS_KEY, etApplication };

export interface WpsHostDeps {
  app?: EtApplication;
  now?: () => Date;
  builtAt?: () => string;
  lang?: Lang;
}

export interface WpsHost extends Host {
  kind: "wps";
}

function findProperty(props: EtDocumentProperties, name: string) {
  for (let i = 1; i <= props.Count; i++) {
    const p = props.Item(i);
    if (p.Name === name) return p;
  }
  return null;
}

/** Any failure of a call into WPS → a HostError that says what to do (HostErrors pass through). */
function toHostError(e: unknown, lang: Lang): HostError {
  if (e instanceof HostError) return e;
  const detail = e instanceof Error ? e.message || e.name : String(e);
  if (/protect/i.test(detail)) return new HostError(strings(lang).wps.protectedWorkbook, "protected", { cause: e });
  return new HostError(strings(lang).wps.failed(detail.slice(0, 120)), "wps", { cause: e });
}

export function createWpsHost(deps: WpsHostDeps = {}): WpsHost {
  const lang = (): Lang => deps.lang ?? langFromLocale(typeof navigator !== "undefined" ? navigator.language : null);
  const app = (): EtApplication => {
    const a = deps.app ?? etApplication();
    if (!a) throw new HostError(strings(lang()).wps.noEtApi, "api");
    return a;
  };
  const now = deps.now ?? (() => new Date());
  const guard = <T>(fn: () => T): Promise<T> => {
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(toHostError(e, lang()));
    }
  };

  return {
    kind: "wps",

    listSheets: () => guard(() => sheetList(activeWorkbook(app(), lang())).filter((s) => s.Visible === true || s.Visible === -1).map((s) => s.Name)),

    loadSettings(): Promise<Partial<HostSettings>> {
      try {
        const p = findProperty(activeWorkbook(app(), lang()).CustomDocumentProperties, SETTINGS_KEY);
        return Promise.resolve(p ? parseStoredSettings(JSON.parse(String(p.Value))) : {});
      } catch {
        return Promise.resolve({});
      }
    },

    saveSettings: (settings: HostSettings) =>
      guard(() => {
        const value = JSON.stringify({ ...DEFAULT_SETTINGS, ...parseStoredSettings(settings) });
        try {
          const props = activeWorkbook(app(), lang()).CustomDocumentProperties;
          const p = findProperty(props, SETTINGS_KEY);
          if (p) p.Value = value;
          else props.Add(SETTINGS_KEY, false, MSO_PROPERTY_TYPE_STRING, value);
        } catch (e) {
          if (e instanceof HostError) throw e;
          throw new HostError(strings(lang()).wps.settingsNotSaved, "settings", { cause: e });
        }
      }),

    run: (action: ActionName, settings: HostSettings, onProgress?: ProgressFn) =>
      guard((): ActionOutcome => {
        const l = lang();
        const t = strings(l).excel;
        const parts = partsFor(action);
        const a = app();
        onProgress?.(0.02, "read");
        const read = readWorkbook(a, { sheet: settings.sheet, wantRules: !!parts?.highlights, lang: l });
        onProgress?.(0.25, "check");
        const workbookName = read.workbook.Name;
        // The same step as every other host (src/app checkAndPlan): check, then plan what to write.
        const { result, plan } = checkAndPlan({
          cells: read.cells,
          settings: { year: settings.year, asOf: settings.asOf ?? todayIso(now()), fixedAsOf: settings.asOf !== null, dueSoonDays: settings.dueSoonDays, longOverdueDays: settings.longOverdueDays },
          parts,
          existing: (r) => existingWorkbook(read, r),
          builtAt: () => deps.builtAt?.() ?? localTimestamp(now()),
          lang: l,
          ...(workbookName ? { workbookName } : {}),
          ...(read.aliases ? { aliases: read.aliases } : {}),
          beforePlan: (r) => {
            if (!r.layout) throw new HostError(t.noHeader(r.sheet), "no-header");
            if (read.protected && parts && (parts.columns || parts.highlights)) throw new HostError(t.protectedSheet(r.sheet), "protected");
            // A protected structure refuses new sheets: say so before anything is written.
            if (parts?.sheets && read.workbook.ProtectStructure) throw new HostError(strings(l).wps.protectedWorkbook, "protected");
            onProgress?.(0.35, "plan");
          },
        });
        if (read.strayCorner) addStrayRangeFinding(result, read.strayCorner, l);
        if (!plan) {
          onProgress?.(1, "done");
          return { result, plan: null, overview: read.overview };
        }
        applyPlan(a, plan, result, read, { onProgress });
        onProgress?.(1, "done");
        return { result, plan, overview: read.overview };
      }),

    importTable: (result: ImportResult) =>
      guard(() => {
        const l = lang();
        const a = app();
        const wb = activeWorkbook(a, l);
        const name = importSheetName(sheetList(wb).map((s) => s.Name), l);
        try {
          writeImportSheet(a, wb, planImportSheet(result, { name, lang: l }));
        } catch (e) {
          // Never a half-written sheet: remove it (best effort), then report.
          try {
            a.DisplayAlerts = false;
            sheetList(wb).find((s) => s.Name === name)?.Delete();
          } catch {
            // WPS refuses changes right now; the user can delete the sheet.
          } finally {
            a.DisplayAlerts = true;
          }
          throw e;
        }
        return name;
      }),

    selectCell: (sheet: string, row: number, column: number | null) =>
      guard(() => {
        const ws = sheetList(activeWorkbook(app(), lang())).find((s) => s.Name === sheet);
        if (!ws) throw new HostError(strings(lang()).excel.sheetNotFound(sheet), "sheet-not-found");
        ws.Activate();
        ws.Range(column ? rangeA1(row, column, row, column) : `${row}:${row}`).Select();
      }),
  };
}
