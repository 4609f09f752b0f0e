/**
 * The task pane's layout. The state and what the buttons do live in hooks/usePane.ts; the components get data
 * and actions as props; every call to the workbook goes through the Host (Excel via Office.js, or the
 * standalone page's file host).
 */
import * as React from "react";
import { staleSummary, yearEndHint } from "./hints";
import { RunHints } from "./components/RunHints";
import { Caption1, FluentProvider, makeStyles, MessageBar, MessageBarBody, Tab, TabList, Title3, tokens, webLightTheme } from "@fluentui/react-components";
import type { CheckResult } from "../core/types";
import { strings, type Lang } from "../strings";
import { HostError, type Host, type HostSettings } from "../app/host";
import { progressText, todayIso } from "./logic";
import { usePane } from "./hooks/usePane";
import { ActionBar, FileBar, Progress, SettingsPanel } from "./components/Controls";
import { CountsView, FindingsView, Preview } from "./components/Results";
import { ImportTab } from "./components/ImportTab";
import { CycleTab } from "./components/CycleTab";
import { cyclePort, type CyclePort, type CycleSession } from "../standalone/cycle-host";
import { ErrorMessage } from "./components/ErrorMessage";
import { NoticeMessage } from "./components/NoticeMessage";
import { NotesMessage } from "./components/NotesMessage";

export { isFileSession } from "./hooks/usePane";

export interface AppProps {
  host: Host;
  lang: Lang;
  /** Standalone page: where the sample workbook is (same origin). */
  sampleUrl?: string;
  /** Today's date for the as-of field (tests pass a fixed one). */
  today?: string;
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
  // Under the buttons: progress, what the last run did, an error. Messages appear here, so they never move the
  // buttons; the slot keeps a progress bar's height so a run starting and ending does not shift what follows.
  // Two tabs side by side; on a phone in English they wrap instead of pushing the page sideways.
  tabs: { flexWrap: "wrap" },
  status: { display: "flex", flexDirection: "column", gap: "6px", minHeight: "52px", marginTop: "8px" },
});

/** The page's language and title follow the UI language (the standalone page; harmless inside Excel). */
function usePageLanguage(lang: Lang, title: string): void {
  React.useEffect(() => {
    if (typeof document === "undefined") return;
    document.documentElement.lang = lang;
    document.title = title;
  }, [lang, title]);
}

export function App(props: AppProps) {
  const { host, lang, sampleUrl } = props;
  const ui = strings(lang).ui;
  const s = useStyles();
  const today = props.today ?? todayIso();
  const p = usePane({ host, lang, ui, today, ...(sampleUrl !== undefined ? { sampleUrl } : {}) });
  const { session, outcome, importer, tab } = p;
  // 督办 (split / collect): on the standalone page its open workbook; elsewhere the host's splitUnits /
  // collectUnits (Excel), with the settings of the table tab. No tab where the host has neither.
  const readSettings = React.useRef(p.readSettings);
  readSettings.current = p.readSettings;
  const cycle = React.useMemo((): CyclePort | null => {
    if (session && "adopt" in session) return cyclePort(session as CycleSession, lang);
    const split = host.splitUnits?.bind(host);
    const collect = host.collectUnits?.bind(host);
    if (!split || !collect) return null;
    const settings = (): HostSettings => {
      const s = readSettings.current();
      if (!s) throw new HostError(strings(lang).cycle.excel.settingsInvalid, "host");
      return s;
    };
    return { split: async (req) => split(req, settings()), collect: async (files) => collect(files, settings()) };
  }, [session, host, lang]);

  const result: CheckResult | null = outcome?.result ?? null;
  // The plan year was over on the as-of date used: offer the year's end (src/core/table-lang asOfHint); the
  // 汇总 built from this table no longer matches it (src/core/plan record): offer to rebuild.
  const yearEnd = yearEndHint(outcome);
  const stale = staleSummary(outcome, p.lastAction);
  const hostNotes = [...(outcome?.notes ?? []), ...(outcome?.plan?.notes ?? []).map((f) => f.message)];
  const detected = result ? { year: result.year, source: result.yearSource } : null;
  const isBusy = p.busy !== null;
  const pane = strings(lang).pane;
  usePageLanguage(lang, ui.productName);

  const tablePane = (
    <>
      <ActionBar ui={ui} busy={isBusy} disabled={session !== null && p.fileState.name === null} onRun={(a) => void p.run(a)} />
      <div className={s.status} data-testid="status-area">
        {p.progress ? (
          <Progress
            ui={ui}
            pane={pane}
            fraction={p.progress.fraction}
            label={p.progress.label}
            text={progressText(p.progress.label, ui)}
            onCancel={p.cancel}
            untilWrite={host.kind !== "file"}
          />
        ) : null}
        <ErrorMessage ui={ui} error={p.error} onDismiss={() => p.setError(null)} />
        <NoticeMessage notice={p.notice} />
        <RunHints
          ui={ui}
          pane={pane}
          year={result?.year ?? null}
          stale={stale}
          yearEnd={yearEnd}
          busy={isBusy}
          onRebuild={() => void p.run("summarise")}
          onUseYearEnd={(end) => void p.run("validate", { asOf: end })}
        />
        <NotesMessage notes={hostNotes} />
      </div>
      <SettingsPanel
        ui={ui}
        pane={pane}
        hostKind={host.kind}
        form={p.form}
        errors={p.formErrors}
        sheets={p.sheets}
        detected={detected}
        today={today}
        disabled={isBusy}
        onChange={p.setForm}
        open={p.settingsOpen}
        onOpenChange={p.setSettingsOpen}
        onAliases={() => void p.run("aliases")}
      />
      {result ? <CountsView ui={ui} result={result} /> : null}
      {result ? <FindingsView ui={ui} findings={result.findings} onSelect={p.onSelect} /> : null}
      {result && session ? <Preview ui={ui} result={result} lang={lang} /> : null}
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
          {session ? (
            <FileBar
              ui={ui}
              busy={isBusy}
              fileName={p.fileState.name}
              hasResult={p.fileState.processed}
              onFile={p.onFile}
              onSample={p.onSample}
              onDownload={p.onDownload}
              dropText={pane.dropZone}
            />
          ) : null}
          {importer || cycle ? (
            <TabList
              className={s.tabs}
              selectedValue={tab}
              aria-label={ui.tabs.label}
              onTabSelect={(_, d) => p.setTab(d.value === "import" ? "import" : d.value === "cycle" ? "cycle" : "table")}
            >
              <Tab value="table">{ui.tabs.table}</Tab>
              {importer ? <Tab value="import">{ui.tabs.import}</Tab> : null}
              {cycle ? <Tab value="cycle">{strings(lang).cycle.page.tab}</Tab> : null}
            </TabList>
          ) : null}
          {cycle ? (
            <div role="tabpanel" hidden={tab !== "cycle"} aria-label={strings(lang).cycle.page.tab}>
              <CycleTab lang={lang} port={cycle} hostKind={host.kind} onChanged={p.refreshFile} />
            </div>
          ) : null}
          {importer ? (
            <div role="tabpanel" hidden={tab !== "import"} aria-label={ui.tabs.import}>
              <ImportTab lang={lang} importer={importer} readFile={p.readFile} incoming={p.incoming} />
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
