/**
 * The pane's state and what its buttons do: settings form, busy/progress, the last outcome, messages, the open
 * file (standalone page), and the calls to the Host. App only lays it out.
 */
import { classifyRun, type OutcomeLevel } from "../../app/outcome";
import * as React from "react";
import type { Finding } from "../../core/types";
import { strings, type Lang, type Strings } from "../../strings";
import { DEFAULT_SETTINGS, HostError, type ActionName, type ActionOutcome, type Host, type HostSettings } from "../../app/host";
import type { FileSession } from "../../standalone/file-host";
import { errorMessage, formFromSettings, settingsFromForm, type FormErrors, type SettingsForm } from "../logic";
import type { Importer } from "../components/ImportTab";
import { fetchSample, saveFile } from "../download";
import { documentKind } from "../../app/document-text";
import { readDocumentFile } from "../../standalone/read-document";

/** A message under the buttons: what the last action did (success only when it did what was asked). */
export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  text: string;
  /** How the run went (src/app/outcome.ts classifyRun); absent for a cancel. */
  level?: OutcomeLevel;
}

/** Green only for a success; a run with errors is a warning; one that wrote nothing (blocked) an error. */
const INTENT = { success: "success", warning: "warning", blocked: "error" } as const;

/** Wide enough to show the settings open beside everything else (the standalone page on a desktop). */
function wideScreen(): boolean {
  return typeof window !== "undefined" && typeof window.matchMedia === "function" && window.matchMedia("(min-width: 720px)").matches;
}

export function isFileSession(host: Host): host is FileSession {
  const h = host as Partial<FileSession>;
  return host.kind === "file" && typeof h.open === "function" && typeof h.download === "function";
}

export type Busy = ActionName | "open" | null;

export interface PaneOptions {
  host: Host;
  lang: Lang;
  ui: Strings["ui"];
  today: string;
  sampleUrl?: string;
}

export function usePane({ host, lang, ui, today, sampleUrl }: PaneOptions) {
  const session = isFileSession(host) ? host : null;

  const [form, setForm] = React.useState<SettingsForm>(() => formFromSettings(DEFAULT_SETTINGS));
  const [formErrors, setFormErrors] = React.useState<FormErrors>({});
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [progress, setProgress] = React.useState<{ fraction: number | null; label: string } | null>(null);
  const [outcome, setOutcome] = React.useState<ActionOutcome | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [incoming, setIncoming] = React.useState<{ file: File; key: number } | null>(null);
  const [fileState, setFileState] = React.useState<{ name: string | null; processed: boolean }>({ name: null, processed: false });
  const [tab, setTab] = React.useState<"table" | "import" | "cycle">("table");
  /** The action of the last run (null: the file was just opened and checked). */
  const [lastAction, setLastAction] = React.useState<ActionName | null>(null);
  const pane = strings(lang).pane;
  // Settings open on the wide standalone page, folded into one line in Excel's narrow pane.
  // On a narrow page (a phone, a small window) they start folded, so the first screen is the file and buttons.
  const [settingsOpen, setSettingsOpen] = React.useState(session !== null && wideScreen());

  const fail = React.useCallback(
    (err: unknown) => {
      // Shown to the user in plain words; the details go to the console for whoever supports them.
      console.error(err);
      setNotice(null);
      setError(errorMessage(err, ui));
    },
    [ui],
  );

  // Settings kept with the workbook and the sheet list (Excel); the file host has none until a file is open.
  React.useEffect(() => {
    let live = true;
    (async () => {
      const saved = await host.loadSettings();
      const list = await host.listSheets();
      if (!live) return;
      setForm((f) => ({ ...f, ...formFromSettings({ ...DEFAULT_SETTINGS, ...saved }) }));
      setSheets(list);
    })().catch((err) => live && fail(err));
    return () => {
      live = false;
    };
  }, [host, fail]);

  const onProgress = React.useCallback((fraction: number, label: string) => setProgress({ fraction, label }), []);

  const readSettings = (): HostSettings | null => {
    const { settings, errors } = settingsFromForm(form, ui);
    setFormErrors(errors);
    if (!settings) setSettingsOpen(true);
    return settings;
  };

  const refreshFile = () => {
    if (session) setFileState({ name: session.fileName(), processed: session.hasResult() });
  };

  /** One piece of work at a time: the pane busy with a progress bar, old messages cleared, a failure shown. */
  const busyWith = async (what: NonNullable<Busy>, progressLabel: string, work: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    setNotice(null);
    setProgress({ fraction: null, label: progressLabel });
    try {
      await work();
    } catch (err) {
      // A cancel is what the user asked for: said plainly, not as an error.
      if (err instanceof HostError && err.code === "cancelled") setNotice({ intent: "info", text: err.message });
      else fail(err);
    } finally {
      refreshFile();
      setBusy(null);
      setProgress(null);
    }
  };

  /** Run an action; `override` changes settings for this run and in the form (e.g. the as-of hint's date). */
  const run = async (action: ActionName, override?: Partial<Pick<HostSettings, "asOf">>) => {
    const read = readSettings();
    if (!read) return;
    const settings = { ...read, ...override };
    if (override?.asOf) setForm((f) => ({ ...f, asOf: override.asOf ?? "" }));
    if (session && !session.fileName()) {
      setError(ui.errors.noFile);
      return;
    }
    await busyWith(action, "working", async () => {
      const out = await host.run(action, settings, onProgress);
      setOutcome(out);
      setLastAction(action);
      // Success only when the run did what was asked (src/app/outcome.ts); else say what happened.
      const said = classifyRun(out.result, out.plan, lang);
      setNotice({ intent: INTENT[said.level], level: said.level, text: said.level !== "success" ? said.message : action === "aliases" ? pane.aliasDone : ui.done[action] });
      // Keeping the settings with the workbook is a convenience: failing to is not a failed action.
      host.saveSettings(settings).catch((err: unknown) => console.warn("settings not saved", err));
      setSheets(await host.listSheets());
    });
  };

  const open = async (load: () => Promise<{ data: ArrayBuffer; name: string }>) => {
    if (!session) return;
    const settings = readSettings();
    if (!settings) return;
    await busyWith("open", "open", async () => {
      const { data, name } = await load();
      const out = await session.open(data, name, settings, onProgress);
      setOutcome(out);
      setLastAction(null);
      setForm((f) => ({ ...f, sheet: null }));
      setSheets(await session.listSheets());
      // The file is open: the buttons and what was found come first, the settings fold into one line.
      setSettingsOpen(false);
    });
  };

  /** The one drop zone / file button: a table opens on the table tab, a .txt/.docx goes to 从文稿导入. */
  const onFile = (file: File) =>
    void (async () => {
      const head = new Uint8Array(await file.slice(0, 8).arrayBuffer());
      const kind = documentKind(file.name, head);
      if (kind === "txt" || kind === "docx" || kind === "doc") {
        setTab("import");
        setIncoming({ file, key: Date.now() });
        return;
      }
      setTab("table");
      await open(async () => ({ data: await file.arrayBuffer(), name: file.name }));
    })();

  const readFile = React.useCallback(async (file: File) => readDocumentFile(file.name, await file.arrayBuffer(), lang), [lang]);

  /**
   * Stop the run in progress: on the standalone page the worker stops and the open file stays as it was; inside
   * Excel only before the write batch starts (the host says no once writing began).
   */
  const cancel = host.cancel ? () => void host.cancel?.() : undefined;

  const onSample = () => void open(() => fetchSample(sampleUrl, ui));

  const onDownload = () => {
    const file = session?.download();
    if (!file) {
      setError(ui.errors.noFile);
      return;
    }
    saveFile(file.bytes, file.name);
  };

  const onSelect =
    host.kind !== "file" && host.selectCell
      ? (f: Finding) => {
          if (!outcome || f.row === null) return;
          host.selectCell?.(outcome.result.sheet, f.row, f.column).catch(fail);
        }
      : undefined;

  // 从文稿导入: the document becomes a new sheet through the host; the pane then points the settings at it.
  const importTable = host.importTable?.bind(host);
  const importer: Importer | undefined = importTable
    ? async (text, year) => {
        setError(null);
        setNotice(null);
        try {
          const { importDocument, summariseImport } = await import(/* webpackChunkName: "import" */ "../../core/import");
          const imported = importDocument(text, {
            ...(year !== null ? { year } : {}),
            fallbackYear: Number(today.slice(0, 4)),
            lang,
          });
          const sheet = await importTable(imported);
          refreshFile();
          setSheets(await host.listSheets());
          // The next 校验 / 全部运行 works on the new table.
          setForm((f) => ({ ...f, sheet }));
          setOutcome(null);
          return summariseImport(imported, sheet);
        } catch (err) {
          // The view shows the message: the host's own words, or the generic one (never an internal detail).
          console.error(err);
          throw new HostError(errorMessage(err, ui), err instanceof HostError ? err.code : "import", { cause: err });
        }
      }
    : undefined;

  return {
    session,
    form,
    setForm,
    formErrors,
    sheets,
    busy,
    progress,
    outcome,
    error,
    setError,
    notice,
    lastAction,
    fileState,
    tab,
    setTab,
    settingsOpen,
    setSettingsOpen,
    run,
    onFile,
    onSample,
    onDownload,
    onSelect,
    importer,
    readFile,
    incoming,
    cancel,
    refreshFile,
  };
}
