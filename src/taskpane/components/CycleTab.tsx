/**
 * 督办 (DOMAIN.md section 9): 分发 and 回收 through a CyclePort. On the standalone page 分发 downloads one .zip of
 * unit workbooks and 回收 merges into the open workbook (下载结果 then saves it); inside Excel 分发 opens one new
 * workbook per unit (or writes unit sheets to move, and says how) and 回收 writes into the open workbook. The
 * work is the port's (src/standalone/cycle-host.ts, or the host's splitUnits / collectUnits); this view asks
 * (报送时限, password: read by src/app/settings), and shows what happened, in words.
 */
import * as React from "react";
import { Body1, Button, Checkbox, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { strings, type Lang } from "../../strings";
import type { CollectSummary, CyclePort } from "../../standalone/cycle-host";
import { readCyclePassword, readReportBy } from "../../app/settings";
import { saveFile } from "../download";

export interface CycleTabProps {
  lang: Lang;
  port: CyclePort;
  /** Where the pane runs: the page downloads a .zip; Excel opens workbooks or writes sheets into the open one. */
  hostKind: "excel" | "wps" | "file";
  /** After 回收 the open workbook changed. */
  onChanged: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", marginTop: "8px" },
  row: { display: "flex", alignItems: "flex-end", gap: "12px", flexWrap: "wrap" },
  list: { margin: "4px 0 0", paddingLeft: "18px" },
});

interface Done {
  text: string;
  lines: string[];
  notes: string[];
}

export function CycleTab(props: CycleTabProps) {
  const t = strings(props.lang).cycle;
  const x = t.excel;
  const inExcel = props.hostKind !== "file";
  const st = useStyles();
  const [reportBy, setReportBy] = React.useState("");
  const [password, setPassword] = React.useState("");
  const [asSheets, setAsSheets] = React.useState(false);
  const [fieldErrors, setFieldErrors] = React.useState<{ reportBy?: string; password?: string }>({});
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [done, setDone] = React.useState<Done | null>(null);
  const [summary, setSummary] = React.useState<CollectSummary | null>(null);
  const input = React.useRef<HTMLInputElement>(null);

  const work = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    setSummary(null);
    try {
      await what();
    } catch (err) {
      console.error(err);
      setError(err instanceof Error && err.message ? err.message : strings(props.lang).ui.errors.generic);
    } finally {
      setBusy(false);
    }
  };

  const split = () => {
    const by = readReportBy(reportBy);
    const pw = readCyclePassword(password);
    const errs = { ...(by === undefined ? { reportBy: x.reportByInvalid } : {}), ...(pw === undefined ? { password: x.passwordInvalid } : {}) };
    setFieldErrors(errs);
    if (by === undefined || pw === undefined) return Promise.resolve();
    return work(async () => {
      const out = await props.port.split({ reportBy: by, password: pw, ...(asSheets ? { asSheets: true } : {}) });
      if (out.kind === "download") {
        saveFile(out.bytes, out.name, "application/zip");
        setDone({ text: t.page.splitDone(out.count, out.name), lines: [], notes: [] });
      } else if (out.kind === "workbooks") {
        setDone({ text: x.workbooksOpened(out.count), lines: out.files, notes: out.notes });
      } else {
        setDone({ text: x.sheetsWritten(out.count), lines: out.sheets.map((s, i) => x.fileLine(s, out.files[i] ?? "")), notes: out.notes });
      }
    });
  };

  const collect = (list: FileList | null) =>
    work(async () => {
      const files = await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const s = await props.port.collect(files);
      setSummary(s);
      const text = inExcel ? x.collectDone : t.page.collectDone;
      setDone({ text: text(s.returned.length, s.missing.length, s.done, s.rows), lines: [], notes: [] });
      props.onChanged();
    });

  const problems = (title: string, list: string[] | undefined) =>
    list && list.length ? (
      <div>
        {title}
        <ul className={st.list}>
          {list.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      </div>
    ) : null;

  return (
    <section className={st.root} data-testid="cycle-tab">
      <Body1>{inExcel ? x.intro : t.page.intro}</Body1>
      <div className={st.row}>
        <Field label={t.page.reportBy} validationMessage={fieldErrors.reportBy} validationState={fieldErrors.reportBy ? "error" : "none"}>
          <Input value={reportBy} onChange={(_, d) => setReportBy(d.value)} data-testid="cycle-report-by" disabled={busy} />
        </Field>
        <Field label={x.password} validationMessage={fieldErrors.password} validationState={fieldErrors.password ? "error" : "none"}>
          <Input type="password" value={password} onChange={(_, d) => setPassword(d.value)} data-testid="cycle-password" disabled={busy} />
        </Field>
      </div>
      {inExcel ? <Checkbox label={x.asSheets} checked={asSheets} onChange={(_, d) => setAsSheets(d.checked === true)} data-testid="cycle-as-sheets" disabled={busy} /> : null}
      <div className={st.row}>
        <Button appearance="primary" onClick={() => void split()} disabled={busy} data-testid="cycle-split">
          {inExcel ? x.split : t.page.split}
        </Button>
      </div>
      <div className={st.row}>
        <input
          ref={input}
          type="file"
          multiple
          aria-label={t.page.collect}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ display: "none" }}
          data-testid="cycle-files"
          onChange={(e) => {
            const list = e.currentTarget.files;
            void collect(list).finally(() => {
              if (input.current) input.current.value = "";
            });
          }}
        />
        <Button onClick={() => input.current?.click()} disabled={busy} data-testid="cycle-collect">
          {inExcel ? x.collect : t.page.collect}
        </Button>
      </div>
      {busy ? <Spinner size="tiny" /> : null}
      {error ? (
        <MessageBar intent="error" data-testid="cycle-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {done ? (
        <MessageBar intent="success" data-testid="cycle-done">
          <MessageBarBody>
            <div>{done.text}</div>
            {done.notes.map((n, i) => (
              <div key={`n${i}`}>{n}</div>
            ))}
            {done.lines.length ? (
              <ul className={st.list} data-testid="cycle-files-list">
                {done.lines.map((l, i) => (
                  <li key={i}>{l}</li>
                ))}
              </ul>
            ) : null}
            {summary && summary.missing.length ? <div>{t.page.missing(summary.missing.join(t.listSep))}</div> : null}
            {summary && (summary.unmatchedList || summary.duplicateList) ? (
              <>
                {problems(x.unmatchedTitle(summary.unmatched), summary.unmatchedList)}
                {problems(x.duplicatesTitle(summary.duplicates), summary.duplicateList)}
              </>
            ) : summary && summary.unmatched + summary.duplicates > 0 ? (
              <div>{t.page.problems(summary.unmatched, summary.duplicates)}</div>
            ) : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
