/**
 * 从文稿导入: paste a 工作要点 / 实施方案, choose the plan year (or leave it to the document), press 生成分解表;
 * the host writes a new sheet 任务分解表 (in Excel, or into the standalone page's workbook) and this view shows
 * what was found and what the user still has to fix.
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle2,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import type { ImportSummary } from "../../core/import/types";
import { strings, type Lang } from "../../strings";
import { parseYearField, sortedFindings, summaryCounts } from "./logic";

export interface ImportViewProps {
  onImport: (text: string, year: number | null) => Promise<ImportSummary>;
  lang?: Lang;
  /** Shown before anything is imported (tests and the page may start with a result). */
  initialSummary?: ImportSummary | null;
  /** Reads a chosen .txt/.docx file into the text box (absent: no file button). */
  readFile?: (file: File) => Promise<string>;
  /** A document dropped on the page's drop zone: read into the text box once (key changes per drop). */
  incoming?: { file: File; key: number } | null;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "10px", marginTop: "8px" },
  row: { display: "flex", alignItems: "flex-end", gap: "12px", flexWrap: "wrap" },
  year: { width: "9em" },
  counts: { display: "flex", gap: "16px", flexWrap: "wrap" },
  count: { display: "flex", flexDirection: "column", minWidth: "6em" },
  number: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  attention: { color: tokens.colorPaletteDarkOrangeForeground1 },
  findings: { margin: 0, paddingLeft: "1.2em", display: "flex", flexDirection: "column", gap: "4px" },
});

export function ImportView(props: ImportViewProps) {
  const s = strings(props.lang).importDoc.view;
  const st = useStyles();
  const [text, setText] = React.useState("");
  const [yearText, setYearText] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const [summary, setSummary] = React.useState<ImportSummary | null>(props.initialSummary ?? null);
  const year = parseYearField(yearText);
  const p = strings(props.lang).pane;
  const [fileNote, setFileNote] = React.useState<string | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const { readFile } = props;

  const take = React.useCallback(
    async (file: File) => {
      if (!readFile) return;
      setBusy(true);
      setError(null);
      setFileNote(null);
      try {
        const read = await readFile(file);
        if (read.trim() === "") {
          setError(p.importFileEmpty(file.name));
          return;
        }
        setText(read);
        setSummary(null);
        setFileNote(p.importFileRead(file.name));
      } catch (err) {
        setError(err instanceof Error ? err.message : String(err));
      } finally {
        setBusy(false);
      }
    },
    [readFile, p],
  );

  const incoming = props.incoming;
  React.useEffect(() => {
    if (incoming) void take(incoming.file);
  }, [incoming, take]);

  const run = async () => {
    if (text.trim() === "") {
      setError(s.empty);
      return;
    }
    if (!year.ok) return;
    setBusy(true);
    setError(null);
    try {
      setSummary(await props.onImport(text, year.year));
    } catch (err) {
      // The host's errors are already in the user's language and say what to do.
      setError(s.failed(err instanceof Error ? err.message : String(err)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={st.root} aria-label={s.title}>
      <Body1>{s.intro}</Body1>
      {readFile ? (
        <div className={st.row}>
          <input
            ref={fileInput}
            type="file"
            accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            hidden
            data-testid="import-file-input"
            aria-label={p.importFile}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              if (f) void take(f);
            }}
          />
          <Button disabled={busy} onClick={() => fileInput.current?.click()} title={p.importFileHint}>
            {p.importFile}
          </Button>
          {fileNote ? <Caption1 role="status">{fileNote}</Caption1> : null}
        </div>
      ) : null}
      <Field label={s.textLabel}>
        <Textarea
          value={text}
          onChange={(_e, d) => setText(d.value)}
          placeholder={s.textPlaceholder}
          resize="vertical"
          rows={10}
          disabled={busy}
        />
      </Field>
      <div className={st.row}>
        <Field
          label={s.yearLabel}
          hint={year.ok ? s.yearHint : undefined}
          validationState={year.ok ? "none" : "error"}
          validationMessage={year.ok ? undefined : s.yearInvalid}
        >
          <Input className={st.year} value={yearText} onChange={(_e, d) => setYearText(d.value)} inputMode="numeric" disabled={busy} />
        </Field>
        <Button appearance="primary" onClick={() => void run()} disabled={busy || !year.ok}>
          {s.button}
        </Button>
        {busy ? <Spinner size="tiny" label={s.working} /> : null}
      </div>
      {error ? (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      ) : null}
      {summary && !error ? <SummaryView summary={summary} lang={props.lang} /> : null}
    </section>
  );
}

function SummaryView({ summary, lang }: { summary: ImportSummary; lang?: Lang }) {
  const s = strings(lang).importDoc.view;
  const sev = strings(lang).importDoc.cli.severity;
  const st = useStyles();
  const findings = sortedFindings(summary.findings);
  if (summary.rowsFound === 0) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{s.noRows}</MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <div role="status" aria-live="polite">
      <MessageBar intent={summary.rowsWithoutUnits > 0 ? "warning" : "success"}>
        <MessageBarBody>{s.done(summary.sheet, summary.rowsFound, summary.year)}</MessageBarBody>
      </MessageBar>
      <div className={st.counts} style={{ marginTop: 8 }}>
        {summaryCounts(summary).map((c) => (
          <div key={c.key} className={st.count}>
            <span className={c.attention ? `${st.number} ${st.attention}` : st.number}>{c.value}</span>
            <Caption1>{s[c.key]}</Caption1>
          </div>
        ))}
      </div>
      <Subtitle2 as="h3">{s.findingsTitle}</Subtitle2>
      {findings.length === 0 ? (
        <Body1>{s.noFindings}</Body1>
      ) : (
        <ul className={st.findings}>
          {findings.map((f, i) => (
            <li key={`${f.code}-${f.row}-${f.column}-${i}`}>
              <Badge appearance="tint" color={f.severity === "error" ? "danger" : f.severity === "warning" ? "warning" : "informative"} size="small">
                {sev[f.severity]}
              </Badge>{" "}
              <Body1>{f.message}</Body1>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
