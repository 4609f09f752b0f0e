/**
 * 督办 on the standalone page: 分发 downloads one .zip of unit workbooks; 回收 takes many returned files at once
 * and merges them into the open workbook (下载结果 then saves it). The work is the CyclePort's
 * (src/standalone/cycle-host.ts); this view only asks and shows.
 */
import * as React from "react";
import { Body1, Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { strings, type Lang } from "../../strings";
import type { CollectSummary, CyclePort } from "../../standalone/cycle-host";

export interface CycleTabProps {
  lang: Lang;
  port: CyclePort;
  /** After 回收 the open workbook changed (the file bar shows 下载结果). */
  onChanged: () => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", marginTop: "8px" },
  row: { display: "flex", alignItems: "flex-end", gap: "12px", flexWrap: "wrap" },
});

function saveAs(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function CycleTab(props: CycleTabProps) {
  const t = strings(props.lang).cycle;
  const st = useStyles();
  const [reportBy, setReportBy] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [done, setDone] = React.useState<string | null>(null);
  const [summary, setSummary] = React.useState<CollectSummary | null>(null);
  const input = React.useRef<HTMLInputElement>(null);

  const work = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await what();
    } catch (err) {
      console.error(err);
      setError(err instanceof Error && err.message ? err.message : strings(props.lang).ui.errors.generic);
    } finally {
      setBusy(false);
    }
  };

  const split = () =>
    work(async () => {
      const out = await props.port.split(reportBy.trim() || null);
      saveAs(out.name, out.bytes, "application/zip");
      setDone(t.page.splitDone(out.count, out.name));
    });

  const collect = (list: FileList | null) =>
    work(async () => {
      const files = await Promise.all([...(list ?? [])].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      const s = await props.port.collect(files);
      setSummary(s);
      setDone(t.page.collectDone(s.returned.length, s.missing.length, s.done, s.rows));
      props.onChanged();
    });

  return (
    <section className={st.root} data-testid="cycle-tab">
      <Body1>{t.page.intro}</Body1>
      <div className={st.row}>
        <Field label={t.page.reportBy}>
          <Input value={reportBy} onChange={(_, d) => setReportBy(d.value)} data-testid="cycle-report-by" disabled={busy} />
        </Field>
        <Button appearance="primary" onClick={() => void split()} disabled={busy} data-testid="cycle-split">
          {t.page.split}
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
          {t.page.collect}
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
            <div>{done}</div>
            {summary && summary.missing.length ? <div>{t.page.missing(summary.missing.join(t.listSep))}</div> : null}
            {summary && summary.unmatched + summary.duplicates > 0 ? <div>{t.page.problems(summary.unmatched, summary.duplicates)}</div> : null}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
