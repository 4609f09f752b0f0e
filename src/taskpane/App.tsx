/**
 * The task pane. App owns the state; the components below get data and actions as props; every call to the
 * workbook goes through the Host (Excel via Office.js, or the standalone page's file host).
 */
import * as React from "react";
import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Tab,
  TabList,
  Title3,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import type { CheckResult, Finding } from "../core/types";
import { classifyRun, type OutcomeLevel } from "../app/outcome";
import { asOfHint } from "../core/table-lang";
import { strings, type Lang } from "../strings";
import { DEFAULT_SETTINGS, HostError, type ActionName, type ActionOutcome, type Host, type HostSettings } from "../app/host";
import type { FileSession } from "../standalone/file-host";
import { errorMessage, formFromSettings, progressText, settingsFromForm, todayIso, type FormErrors, type SettingsForm } from "./logic";
import { ActionBar, FileBar, Progress, SettingsPanel } from "./components/Controls";
import { CountsView, FindingsView, Preview } from "./components/Results";
import { ImportTab, type Importer } from "./components/ImportTab";

export interface AppProps {
  host: Host;
  lang: Lang;
  /** Standalone page: where the sample workbook is (same origin). */
  sampleUrl?: string;
  /** Today's date for the as-of field (tests pass a fixed one). */
  today?: string;
}

export function isFileSession(host: Host): host is FileSession {
  const h = host as Partial<FileSession>;
  return host.kind === "file" && typeof h.open === "function" && typeof h.download === "function";
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: "12px 14px 24px",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  inner: { maxWidth: "1080px", margin: "0 auto", display: "flex", flexDirection: "column", gap: "6px" },
  header: { display: "flex", flexDirection: "column", gap: "2px", paddingBottom: "6px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
});

type Busy = ActionName | "open" | null;

export function App(props: AppProps) {
  const { host, lang, sampleUrl } = props;
  const ui = strings(lang).ui;
  const s = useStyles();
  const today = props.today ?? todayIso();
  const session = isFileSession(host) ? host : null;

  const [form, setForm] = React.useState<SettingsForm>(() => formFromSettings(DEFAULT_SETTINGS));
  const [formErrors, setFormErrors] = React.useState<FormErrors>({});
  const [sheets, setSheets] = React.useState<string[]>([]);
  const [busy, setBusy] = React.useState<Busy>(null);
  const [progress, setProgress] = React.useState<{ fraction: number | null; label: string } | null>(null);
  const [outcome, setOutcome] = React.useState<ActionOutcome | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<{ text: string; level: OutcomeLevel } | null>(null);
  const [fileState, setFileState] = React.useState<{ name: string | null; processed: boolean }>({ name: null, processed: false });
  const [tab, setTab] = React.useState<"table" | "import">("table");
  // Settings open on the wide standalone page, folded into one line in Excel's narrow pane.
  const [settingsOpen, setSettingsOpen] = React.useState(session !== null);

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
      fail(err);
    } finally {
      refreshFile();
      setBusy(null);
      setProgress(null);
    }
  };

  const run = async (action: ActionName) => {
    const settings = readSettings();
    if (!settings) return;
    if (session && !session.fileName()) {
      setError(ui.errors.noFile);
      return;
    }
    await busyWith(action, "working", async () => {
      const out = await host.run(action, settings, onProgress);
      setOutcome(out);
      // Success only when the run did what was asked (src/app/outcome.ts); else say what happened.
      const said = classifyRun(out.result, out.plan, lang);
      setNotice({ text: said.level === "success" ? ui.done[action] : said.message, level: said.level });
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
      setForm((f) => ({ ...f, sheet: null }));
      setSheets(await session.listSheets());
    });
  };

  const onFile = (file: File) => void open(async () => ({ data: await file.arrayBuffer(), name: file.name }));

  const onSample = () =>
    void open(async () => {
      if (!sampleUrl) throw new HostError(ui.errors.sampleFailed, "sample");
      let res: Response;
      try {
        res = await fetch(sampleUrl);
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
      } catch (err) {
        console.error(err);
        throw new HostError(ui.errors.sampleFailed, "sample");
      }
      const name = decodeURIComponent(new URL(sampleUrl).pathname.split("/").pop() ?? "") || "sample.xlsx";
      return { data: await res.arrayBuffer(), name };
    });

  const onDownload = () => {
    const file = session?.download();
    if (!file) {
      setError(ui.errors.noFile);
      return;
    }
    const blob = new Blob([file.bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = file.name;
    a.style.display = "none";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  const onSelect =
    host.kind === "excel" && host.selectCell
      ? (f: Finding) => {
          if (!outcome || f.row === null) return;
          host.selectCell?.(outcome.result.sheet, f.row, f.column).catch(fail);
        }
      : undefined;

  // 从文稿导入: the document becomes a new sheet through the host; the pane then points the settings at it.
  const importer: Importer | undefined = host.importTable
    ? async (text, year) => {
        setError(null);
        setNotice(null);
        try {
          const { importDocument, summariseImport } = await import(/* webpackChunkName: "import" */ "../core/import");
          const imported = importDocument(text, {
            ...(year !== null ? { year } : {}),
            fallbackYear: Number(today.slice(0, 4)),
            lang,
          });
          const sheet = await host.importTable!(imported);
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

  const result: CheckResult | null = outcome?.result ?? null;
  // How the host carried the action out (an older Excel's fallback …) and the plan's own notes (too many units …).
  // The plan year was over on the as-of date used: suggest the year's end (src/core/table-lang asOfHint).
  const yearEnd = result ? asOfHint(result.year, result.asOf) : null;
  const hostNotes = [
    ...(outcome?.notes ?? []),
    ...(outcome?.plan?.notes ?? []).map((f) => f.message),
    ...(yearEnd && result ? [ui.settings.planYearOver(result.year, yearEnd)] : []),
  ];
  const detected = result ? { year: result.year, source: result.yearSource } : null;
  const isBusy = busy !== null;

  const tablePane = (
    <>
      <ActionBar ui={ui} busy={isBusy} disabled={session !== null && fileState.name === null} onRun={(a) => void run(a)} />
      {progress ? <Progress ui={ui} fraction={progress.fraction} text={progressText(progress.label, ui)} /> : null}
      <SettingsPanel
        ui={ui}
        hostKind={host.kind}
        form={form}
        errors={formErrors}
        sheets={sheets}
        detected={detected}
        today={today}
        disabled={isBusy}
        onChange={setForm}
        open={settingsOpen}
        onOpenChange={setSettingsOpen}
      />
      {result ? <CountsView ui={ui} result={result} /> : null}
      {result ? <FindingsView ui={ui} findings={result.findings} onSelect={onSelect} /> : null}
      {result && session ? <Preview ui={ui} result={result} /> : null}
      {!result && !session ? <Caption1>{ui.findings.notRun}</Caption1> : null}
    </>
  );

  return (
    <FluentProvider theme={webLightTheme} lang={lang}>
      <main className={s.root} aria-busy={isBusy}>
        <div className={s.inner}>
          <header className={s.header}>
            <Title3 as="h1">{ui.productName}</Title3>
            <Caption1>{ui.tagline}</Caption1>
          </header>
          {session ? (
            <MessageBar intent="info" data-testid="not-in-excel">
              <MessageBarBody>{ui.standalone.notInExcel}</MessageBarBody>
            </MessageBar>
          ) : null}
          <div aria-live="assertive" data-testid="error-area">
            {error ? (
              <MessageBar intent="error" data-testid="error" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{ui.errors.title}</MessageBarTitle>
                  {error}
                </MessageBarBody>
                <MessageBarActions
                  containerAction={
                    <Button appearance="transparent" size="small" aria-label={ui.errors.dismiss} onClick={() => setError(null)}>
                      ×
                    </Button>
                  }
                />
              </MessageBar>
            ) : null}
          </div>
          <div aria-live="polite">
            {notice ? (
              <MessageBar intent={notice.level === "success" ? "success" : notice.level === "warning" ? "warning" : "error"} data-testid="notice" data-level={notice.level}>
                <MessageBarBody>{notice.text}</MessageBarBody>
              </MessageBar>
            ) : null}
          </div>
          {session ? (
            <FileBar
              ui={ui}
              busy={isBusy}
              fileName={fileState.name}
              hasResult={fileState.processed}
              onFile={onFile}
              onSample={onSample}
              onDownload={onDownload}
            />
          ) : null}
          {hostNotes.length ? (
            <MessageBar intent="warning" layout="multiline" data-testid="notes">
              <MessageBarBody>
                {hostNotes.map((n, i) => (
                  <div key={i}>{n}</div>
                ))}
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {importer ? (
            <TabList
              selectedValue={tab}
              aria-label={ui.tabs.label}
              onTabSelect={(_, d) => setTab(d.value === "import" ? "import" : "table")}
            >
              <Tab value="table">{ui.tabs.table}</Tab>
              <Tab value="import">{ui.tabs.import}</Tab>
            </TabList>
          ) : null}
          {importer ? (
            <div role="tabpanel" hidden={tab !== "import"} aria-label={ui.tabs.import}>
              <ImportTab lang={lang} importer={importer} />
            </div>
          ) : null}
          <div role="tabpanel" hidden={tab !== "table"} aria-label={ui.tabs.table}>
            {tablePane}
          </div>
        </div>
      </main>
    </FluentProvider>
  );
}
