/**
 * The Office.js test double: `createFakeExcel(init)` gives an `Excel` namespace (Excel.run over an in-memory
 * workbook) and an `Office` namespace (onReady, requirements, document settings), typed so the adapter's
 * real-Office.js-typed code runs against it unchanged. DOM-free and Node-free (the browser test bundles it).
 */
import { FakeBehaviour, FakeOfficeError, FakeRequestContext, FakeStats, PAYLOAD_LIMIT, versionAtLeast } from "./context";
import { FakeWorkbookInit, FakeWorkbookModel } from "./model";

export * from "./model";
export { FakeOfficeError, PAYLOAD_LIMIT, versionAtLeast } from "./context";
export type { FakeChartModel } from "./charts";
export type { FakeBehaviour, FakeStats } from "./context";

export interface FakeOffice {
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  AsyncResultStatus: { Succeeded: string; Failed: string };
  onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
  context: {
    displayLanguage: string;
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: {
      url: string;
      settings: {
        get(name: string): unknown;
        set(name: string, value: unknown): void;
        remove(name: string): void;
        saveAsync(options?: unknown, callback?: (result: { status: string; error?: unknown }) => void): void;
      };
    };
  };
}

export interface FakeExcelNamespace {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Excel.createWorkbook (ExcelApi 1.8): records the base64 .xlsx it was given (see FakeExcel.createdWorkbooks). */
  createWorkbook(base64?: string): Promise<void>;
  ConditionalFormatType: Record<string, string>;
  ErrorCodes: Record<string, string>;
}

export interface FakeExcel {
  model: FakeWorkbookModel;
  stats: FakeStats;
  behaviour: FakeBehaviour;
  excel: FakeExcelNamespace;
  office: FakeOffice;
  /** Every workbook opened with Excel.createWorkbook, as the base64 given. */
  createdWorkbooks: string[];
  /** Settings as last saved with saveAsync (what would be stored in the file). */
  savedSettings: Record<string, unknown>;
  /** Start counting afresh (e.g. after setting up the workbook). */
  resetStats(): void;
  /** Installs the double as globalThis.Office / globalThis.Excel; returns an uninstaller. */
  install(target?: Record<string, unknown>): () => void;
}

export interface FakeOptions extends Partial<FakeBehaviour> {
  displayLanguage?: string;
  /** Settings already stored in the document. */
  settings?: Record<string, unknown>;
  /** Make saveAsync fail. */
  settingsSaveFails?: boolean;
  /** Make Excel.createWorkbook reject (from the Nth call on, 1-based) with this error code. */
  createWorkbookFails?: { from: number; code: string };
}

function emptyStats(): FakeStats {
  return { syncs: 0, requestSizes: [], responseSizes: [], commands: [], calcSuspendedSyncs: 0, screenSuspendedSyncs: 0, calculations: 0, runs: 0 };
}

export function createFakeExcel(init: FakeWorkbookInit, opts: FakeOptions = {}): FakeExcel {
  const model = new FakeWorkbookModel(init);
  const behaviour: FakeBehaviour = {
    apiVersion: opts.apiVersion ?? "1.17",
    cellEditSyncs: opts.cellEditSyncs ?? 0,
    failSync: opts.failSync ?? null,
    payloadLimit: opts.payloadLimit ?? PAYLOAD_LIMIT,
  };
  const fake: FakeExcel = {
    model,
    stats: emptyStats(),
    behaviour,
    createdWorkbooks: [],
    savedSettings: JSON.parse(JSON.stringify(opts.settings ?? {})) as Record<string, unknown>,
    resetStats() {
      fake.stats = emptyStats();
    },
    excel: undefined as unknown as FakeExcelNamespace,
    office: undefined as unknown as FakeOffice,
    install(target = globalThis as unknown as Record<string, unknown>) {
      const before = { Office: target.Office, Excel: target.Excel };
      target.Office = fake.office;
      target.Excel = fake.excel;
      return () => {
        target.Office = before.Office;
        target.Excel = before.Excel;
      };
    },
  };

  fake.excel = {
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      fake.stats.runs++;
      const ctx = new FakeRequestContext(model, fake.stats, behaviour);
      const result = await batch(ctx as unknown as Excel.RequestContext);
      if (ctx.pendingCount > 0) await ctx.sync(); // Excel.run sends whatever is still queued
      return result;
    },
    async createWorkbook(base64?: string): Promise<void> {
      await Promise.resolve();
      if (!versionAtLeast(behaviour.apiVersion, "1.8")) throw new FakeOfficeError("ApiNotFound", "The API you are trying to use could not be found (createWorkbook, ExcelApi 1.8).");
      const fail = opts.createWorkbookFails;
      if (fail && fake.createdWorkbooks.length + 1 >= fail.from) throw new FakeOfficeError(fail.code, "This operation is not allowed due to the extension hardening policy.");
      if (base64 !== undefined && !/^[A-Za-z0-9+/]*={0,2}$/.test(base64)) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      fake.createdWorkbooks.push(base64 ?? "");
    },
    ConditionalFormatType: { custom: "Custom", cellValue: "CellValue" },
    ErrorCodes: {
      accessDenied: "AccessDenied",
      apiNotFound: "ApiNotFound",
      generalException: "GeneralException",
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      itemAlreadyExists: "ItemAlreadyExists",
      itemNotFound: "ItemNotFound",
      invalidOperationInCellEditMode: "InvalidOperationInCellEditMode",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };

  const live: Record<string, unknown> = JSON.parse(JSON.stringify(opts.settings ?? {})) as Record<string, unknown>;
  const info = { host: "Excel", platform: "OfficeOnline" };
  fake.office = {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady(cb) {
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: opts.displayLanguage ?? "zh-CN",
      requirements: {
        isSetSupported(name: string, minVersion?: string | number) {
          if (name !== "ExcelApi") return false;
          return versionAtLeast(behaviour.apiVersion, minVersion === undefined ? "1.1" : typeof minVersion === "number" ? minVersion.toFixed(1) : minVersion);
        },
      },
      document: {
        url: init.url ?? "",
        settings: {
          get: (name) => (name in live ? JSON.parse(JSON.stringify(live[name])) : null),
          set: (name, value) => {
            live[name] = JSON.parse(JSON.stringify(value));
          },
          remove: (name) => {
            delete live[name];
          },
          saveAsync(options?: unknown, callback?: (result: { status: string; error?: unknown }) => void) {
            const cb = typeof options === "function" ? (options as typeof callback) : callback;
            setTimeout(() => {
              if (opts.settingsSaveFails) {
                cb?.({ status: "failed", error: { code: 5001, message: "An internal error has occurred." } });
                return;
              }
              fake.savedSettings = JSON.parse(JSON.stringify(live)) as Record<string, unknown>;
              cb?.({ status: "succeeded" });
            }, 0);
          },
        },
      },
    },
  };
  return fake;
}

export function isFakeOfficeError(e: unknown): e is FakeOfficeError {
  return e instanceof FakeOfficeError;
}
