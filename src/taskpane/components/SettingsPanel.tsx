/** The settings form: plan year, as-of date, due-soon and long-overdue (挂牌) days, the table sheet. Pure presentation: data and actions come in as props. */
import { SETTINGS_BOUNDS } from "../../app/settings";
import { DEFAULT_LONG_OVERDUE_DAYS } from "../../core/grade";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
} from "@fluentui/react-components";
import type { FormErrors, SettingsForm } from "../logic";
import type { YearSource } from "../../core/types";
import { useStyles } from "./controls.styles";
import type { Strings } from "../../strings";

type Ui = Strings["ui"];

export function SettingsPanel(props: {
  ui: Ui;
  pane: Strings["pane"];
  hostKind: "excel" | "wps" | "file";
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
  /** Create the 单位别名 sheet (through the host). */
  onAliases: () => void;
}) {
  const { ui, pane, hostKind, form, errors, sheets, detected, today, disabled, onChange, open, onOpenChange, onAliases } = props;
  const s = useStyles();
  const set = (patch: Partial<SettingsForm>) => onChange({ ...form, ...patch });
  const summary = ui.settings.summary(
    form.year || (detected ? String(detected.year) : ui.settings.yearPlaceholder),
    form.asOf || today,
    form.dueSoonDays,
    form.longOverdueDays ?? String(DEFAULT_LONG_OVERDUE_DAYS),
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
                min={SETTINGS_BOUNDS.dueSoonDays.min}
                max={SETTINGS_BOUNDS.dueSoonDays.max}
                value={form.dueSoonDays}
                disabled={disabled}
                onChange={(_, d) => set({ dueSoonDays: d.value })}
              />
            </Field>
            <Field
              className={s.field}
              label={ui.settings.longOverdue}
              validationMessage={errors.longOverdueDays}
              hint={errors.longOverdueDays ? undefined : ui.settings.longOverdueHint}
            >
              <Input
                name="longOverdueDays"
                type="number"
                min={SETTINGS_BOUNDS.longOverdueDays.min}
                max={SETTINGS_BOUNDS.longOverdueDays.max}
                value={form.longOverdueDays ?? String(DEFAULT_LONG_OVERDUE_DAYS)}
                disabled={disabled}
                onChange={(_, d) => set({ longOverdueDays: d.value })}
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
                <option value="">{hostKind !== "file" ? ui.settings.sheetActive : ui.settings.sheetAuto}</option>
                {sheets.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <Field className={s.field} label={pane.outputLang} hint={pane.outputLangHint}>
              <Select
                className={s.select}
                name="outputLang"
                value={form.outputLang ?? "table"}
                disabled={disabled}
                onChange={(_, d) => set({ outputLang: d.value === "zh-CN" || d.value === "en-US" ? d.value : "table" })}
              >
                {(["table", "zh-CN", "en-US"] as const).map((k) => (
                  <option key={k} value={k} lang={k === "table" ? undefined : k}>
                    {pane.outputLangOptions[k]}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          <div className={s.actions}>
            <Button size="small" disabled={disabled} title={pane.aliasHint} aria-description={pane.aliasHint} onClick={onAliases}>
              {pane.aliasButton}
            </Button>
          </div>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
