/**
 * The controls: the five action buttons, the settings form, the standalone page's file controls, and the
 * progress bar. Pure presentation: state lives in App, actions arrive as props.
 */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  ProgressBar,
  Select,
  shorthands,
  Subtitle2,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Strings } from "../../strings";
import type { ActionName } from "../host";
import { ACTIONS, type FormErrors, type SettingsForm } from "../logic";
import type { YearSource } from "../../core/types";

type Ui = Strings["ui"];

const useStyles = makeStyles({
  actions: { display: "flex", flexWrap: "wrap", gap: "6px", marginTop: "8px" },
  settings: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(170px, 1fr))",
    gap: "8px 12px",
    marginTop: "4px",
  },
  section: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "12px" },
  fileRow: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center" },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: "14px",
    textAlign: "center",
    color: tokens.colorNeutralForeground2,
    cursor: "pointer",
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  field: { minWidth: 0, alignSelf: "start" },
  summary: { display: "block", color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  select: { minWidth: 0, maxWidth: "100%" },
});

// ─────────────────────────── actions ───────────────────────────

export function ActionBar(props: { ui: Ui; busy: boolean; disabled: boolean; onRun: (a: ActionName) => void }) {
  const { ui, busy, disabled, onRun } = props;
  const s = useStyles();
  return (
    <div role="group" aria-label={ui.actions.groupLabel} className={s.actions}>
      {ACTIONS.map((a) => (
        <Button
          key={a}
          appearance={a === "runAll" ? "primary" : "secondary"}
          disabled={busy || disabled}
          title={ui.actionHints[a]}
          aria-description={ui.actionHints[a]}
          data-action={a}
          onClick={() => onRun(a)}
        >
          {ui.actions[a]}
        </Button>
      ))}
    </div>
  );
}

// ─────────────────────────── settings ───────────────────────────

export function SettingsPanel(props: {
  ui: Ui;
  hostKind: "excel" | "file";
  form: SettingsForm;
  errors: FormErrors;
  sheets: string[];
  detected: { year: number; source: YearSource } | null;
  today: string;
  disabled: boolean;
  onChange: (form: SettingsForm) => void;
  /** Collapsed, the header shows the settings in one line. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { ui, hostKind, form, errors, sheets, detected, today, disabled, onChange, open, onOpenChange } = props;
  const s = useStyles();
  const set = (patch: Partial<SettingsForm>) => onChange({ ...form, ...patch });
  const summary = ui.settings.summary(
    form.year || (detected ? String(detected.year) : ui.settings.yearPlaceholder),
    form.asOf || today,
    form.dueSoonDays,
  );
  const yearHint = detected ? ui.settings.yearDetected(detected.year, ui.settings.yearSources[detected.source]) : undefined;
  return (
    <Accordion
      collapsible
      openItems={open ? ["settings"] : []}
      onToggle={(_, d) => onOpenChange(d.openItems.includes("settings"))}
      className={s.section}
    >
      <AccordionItem value="settings">
        <AccordionHeader as="h2" size="large" expandIconPosition="end">
          <span>
            <Subtitle2>{ui.settings.heading}</Subtitle2>
            {open ? null : <Caption1 className={s.summary}>{summary}</Caption1>}
          </span>
        </AccordionHeader>
        <AccordionPanel>
          <div className={s.settings}>
            <Field className={s.field} label={ui.settings.year} validationMessage={errors.year} hint={errors.year ? undefined : yearHint}>
              <Input
                name="year"
                inputMode="numeric"
                placeholder={detected ? String(detected.year) : ui.settings.yearPlaceholder}
                value={form.year}
                disabled={disabled}
                onChange={(_, d) => set({ year: d.value })}
              />
            </Field>
            <Field className={s.field} label={ui.settings.asOf} validationMessage={errors.asOf} hint={errors.asOf ? undefined : ui.settings.asOfHint}>
              <Input
                name="asOf"
                type="date"
                value={form.asOf || today}
                disabled={disabled}
                onChange={(_, d) => set({ asOf: d.value === today ? "" : d.value })}
                contentAfter={
                  form.asOf && form.asOf !== today ? (
                    <Button size="small" appearance="transparent" disabled={disabled} onClick={() => set({ asOf: "" })}>
                      {ui.settings.asOfToday}
                    </Button>
                  ) : undefined
                }
              />
            </Field>
            <Field className={s.field} label={ui.settings.dueSoon} validationMessage={errors.dueSoonDays} hint={errors.dueSoonDays ? undefined : ui.settings.dueSoonHint}>
              <Input
                name="dueSoonDays"
                type="number"
                min={0}
                max={365}
                value={form.dueSoonDays}
                disabled={disabled}
                onChange={(_, d) => set({ dueSoonDays: d.value })}
              />
            </Field>
            <Field className={s.field} label={ui.settings.sheet} hint={hostKind === "file" ? ui.settings.sheetHint : undefined}>
              <Select
                className={s.select}
                name="sheet"
                value={form.sheet ?? ""}
                disabled={disabled}
                onChange={(_, d) => set({ sheet: d.value === "" ? null : d.value })}
              >
                <option value="">{hostKind === "excel" ? ui.settings.sheetActive : ui.settings.sheetAuto}</option>
                {sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}

// ─────────────────────────── file controls (standalone) ───────────────────────────

export function FileBar(props: {
  ui: Ui;
  busy: boolean;
  fileName: string | null;
  hasResult: boolean;
  onFile: (file: File) => void;
  onSample: () => void;
  onDownload: () => void;
}) {
  const { ui, busy, fileName, hasResult, onFile, onSample, onDownload } = props;
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
        accept=".xlsx,.xls,.et,.ods,.xlsb,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
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
        aria-label={ui.standalone.dropZone}
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
        <Text>{over ? ui.standalone.dropZoneActive : ui.standalone.dropZone}</Text>
      </div>
      <div className={s.fileRow}>
        <Button appearance="primary" disabled={busy} onClick={choose}>
          {ui.standalone.openFile}
        </Button>
        <Button disabled={busy} title={ui.standalone.sampleHint} aria-description={ui.standalone.sampleHint} onClick={onSample}>
          {ui.standalone.sample}
        </Button>
        <Button
          disabled={busy || !fileName}
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

// ─────────────────────────── progress ───────────────────────────

export function Progress(props: { ui: Ui; fraction: number | null; text: string }) {
  const { ui, fraction, text } = props;
  return (
    <Field label={ui.progress.label} validationMessage={text} validationState="none" style={{ marginTop: 8 }}>
      <ProgressBar value={fraction === null ? undefined : Math.max(0, Math.min(1, fraction))} aria-label={ui.progress.label} />
    </Field>
  );
}
