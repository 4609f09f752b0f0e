/** The standalone page's file controls: open, sample, download. Pure presentation: data and actions come in as props. */
import * as React from "react";
import { Button, Caption1, mergeClasses, Text } from "@fluentui/react-components";
import { useStyles } from "./controls.styles";
import type { Strings } from "../../strings";

type Ui = Strings["ui"];

export function FileBar(props: {
  ui: Ui;
  busy: boolean;
  fileName: string | null;
  hasResult: boolean;
  onFile: (file: File) => void;
  onSample: () => void;
  onDownload: () => void;
  /** The drop zone's words (a table or a document). */
  dropText: string;
}) {
  const { ui, busy, fileName, hasResult, onFile, onSample, onDownload, dropText } = props;
  const s = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);
  const choose = () => input.current?.click();
  const take = (files: FileList | null | undefined) => {
    const f = files?.[0];
    if (f) onFile(f);
  };
  return (
    <section className={s.section} aria-label={ui.standalone.openFile}>
      <input
        ref={input}
        id="file-input"
        className={s.hidden}
        type="file"
        accept=".xlsx,.xls,.et,.ods,.xlsb,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,.docx,.txt"
        aria-label={ui.standalone.fileInputLabel}
        tabIndex={-1}
        disabled={busy}
        onChange={(e) => {
          take(e.currentTarget.files);
          e.currentTarget.value = ""; // the same file can be chosen again
        }}
      />
      <div
        role="button"
        tabIndex={busy ? -1 : 0}
        aria-disabled={busy}
        aria-label={dropText}
        data-testid="drop-zone"
        className={mergeClasses(s.drop, over && s.dropActive)}
        onClick={() => !busy && choose()}
        onKeyDown={(e) => {
          if (!busy && (e.key === "Enter" || e.key === " ")) {
            e.preventDefault();
            choose();
          }
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = "copy";
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          if (!busy) take(e.dataTransfer.files);
        }}
      >
        <Text>{over ? ui.standalone.dropZoneActive : dropText}</Text>
      </div>
      <div className={s.fileRow}>
        <Button appearance="primary" disabled={busy} onClick={choose}>
          {ui.standalone.openFile}
        </Button>
        <Button disabled={busy} title={ui.standalone.sampleHint} aria-description={ui.standalone.sampleHint} onClick={onSample}>
          {ui.standalone.sample}
        </Button>
        <Button
          // Only a run that wrote something gives a file worth downloading (the unchanged file is the user's own).
          disabled={busy || !fileName || !hasResult}
          data-testid="download"
          title={ui.standalone.downloadHint}
          aria-description={ui.standalone.downloadHint}
          onClick={onDownload}
        >
          {ui.standalone.download}
        </Button>
      </div>
      <Caption1 data-testid="file-status" aria-live="polite">
        {fileName ? ui.standalone.currentFile(fileName) + (hasResult ? ` · ${ui.standalone.processed}` : "") : ui.standalone.noFile}
      </Caption1>
    </section>
  );
}
