/**
 * What a run found: counts at a glance, the findings grouped by severity, and (standalone) a preview of the
 * overdue / due-soon rows and the per-unit overview. Pure presentation: data and actions come in as props.
 */
import * as React from "react";
import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { CheckResult, Finding, Severity, TaskRow } from "../../core/types";
import type { Strings } from "../../strings";
import { columnLetter, countsOf, groupFindings, overviewRows, rowsIn, shorten, unitNames } from "../logic";

type Ui = Strings["ui"];

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "12px" },
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(88px, 1fr))",
    gap: "6px",
    margin: 0,
    padding: 0,
  },
  count: {
    display: "flex",
    flexDirection: "column",
    padding: "6px 8px",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  countValue: { fontSize: tokens.fontSizeHero700, lineHeight: tokens.lineHeightHero700, fontWeight: tokens.fontWeightSemibold },
  countDanger: { color: tokens.colorPaletteRedForeground1 },
  countWarn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  finding: {
    display: "flex",
    gap: "8px",
    alignItems: "baseline",
    textAlign: "start",
    width: "100%",
    justifyContent: "flex-start",
    padding: "4px 6px",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
  },
  findingStatic: { display: "flex", gap: "8px", alignItems: "baseline", padding: "4px 6px" },
  where: { flexShrink: 0, minWidth: "52px", color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
  tableWrap: { overflowX: "auto" },
  num: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

// ─────────────────────────── counts ───────────────────────────

export function CountsView(props: { ui: Ui; result: CheckResult }) {
  const { ui, result } = props;
  const s = useStyles();
  const c = countsOf(result);
  const items: { key: keyof typeof c; label: string; cls?: string }[] = [
    { key: "rows", label: ui.counts.rows },
    { key: "errors", label: ui.counts.errors, cls: c.errors ? s.countDanger : undefined },
    { key: "warnings", label: ui.counts.warnings, cls: c.warnings ? s.countWarn : undefined },
    { key: "overdue", label: ui.counts.overdue, cls: c.overdue ? s.countDanger : undefined },
    { key: "dueSoon", label: ui.counts.dueSoon, cls: c.dueSoon ? s.countWarn : undefined },
  ];
  return (
    <section className={s.section} aria-labelledby="counts-heading">
      <Subtitle2 as="h2" id="counts-heading">
        {ui.counts.heading}
      </Subtitle2>
      <Caption1>{ui.counts.sheetLine(result.sheet, result.year, result.asOf)}</Caption1>
      <dl className={s.counts}>
        {items.map((it) => (
          <div key={it.key} className={s.count} data-testid={`count-${it.key}`}>
            <dt>
              <Caption1>{it.label}</Caption1>
            </dt>
            <dd style={{ margin: 0 }} className={[s.countValue, it.cls].filter(Boolean).join(" ")}>
              {c[it.key]}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

// ─────────────────────────── findings ───────────────────────────

const MAX_PER_GROUP = 200;

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export function FindingsView(props: {
  ui: Ui;
  findings: readonly Finding[];
  /** When given (inside Excel), each finding with a row is a button selecting its cell. */
  onSelect?: (f: Finding) => void;
}) {
  const { ui, findings, onSelect } = props;
  const s = useStyles();
  const groups = groupFindings(findings);
  return (
    <section className={s.section} aria-labelledby="findings-heading" data-testid="findings">
      <Subtitle2 as="h2" id="findings-heading">
        {ui.findings.heading}
      </Subtitle2>
      {groups.length === 0 ? <Text>{ui.findings.none}</Text> : null}
      {groups.map((g) => {
        const label = ui.findings[g.severity];
        const shown = g.findings.slice(0, MAX_PER_GROUP);
        const headingId = `findings-${g.severity}`;
        return (
          <div key={g.severity} data-testid={`findings-${g.severity}`}>
            <Subtitle2 as="h3" id={headingId} style={{ display: "flex", gap: 6, alignItems: "center" }}>
              <Badge appearance="filled" size="small" color={SEVERITY_COLOR[g.severity]} aria-hidden />
              {ui.findings.groupTitle(label, g.findings.length)}
            </Subtitle2>
            <ul className={s.list} aria-labelledby={headingId}>
              {shown.map((f, i) => {
                const where = ui.findings.where(f.row, columnLetter(f.column));
                const body = (
                  <>
                    <span className={s.where}>{where}</span>
                    <span>{f.message}</span>
                  </>
                );
                return (
                  <li key={`${f.code}-${f.row}-${f.column}-${i}`}>
                    {onSelect && f.row !== null ? (
                      <Button
                        appearance="subtle"
                        className={s.finding}
                        title={ui.findings.selectHint}
                        aria-label={`${where}：${f.message}。${ui.findings.selectHint}`}
                        onClick={() => onSelect(f)}
                      >
                        {body}
                      </Button>
                    ) : (
                      <div className={s.findingStatic}>{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
            {g.findings.length > shown.length ? <Caption1>{ui.findings.more(g.findings.length - shown.length)}</Caption1> : null}
          </div>
        );
      })}
    </section>
  );
}

// ─────────────────────────── preview ───────────────────────────

/** Rows shown per preview table: the full lists are in the workbook (a long table would slow the page down). */
const MAX_PREVIEW_ROWS = 200;

function RowsTable(props: { ui: Ui; rows: TaskRow[]; title: string; testId: string }) {
  const { ui, title, testId } = props;
  const rows = props.rows.slice(0, MAX_PREVIEW_ROWS);
  const s = useStyles();
  const c = ui.preview.col;
  return (
    <div className={s.section} data-testid={testId}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {rows.length === 0 ? (
        <Text>{ui.preview.noRows}</Text>
      ) : (
        <div className={s.tableWrap}>
          <Table size="small" aria-label={title}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: 48 }}>{c.row}</TableHeaderCell>
                <TableHeaderCell style={{ width: 48 }}>{c.no}</TableHeaderCell>
                <TableHeaderCell>{c.requirement}</TableHeaderCell>
                <TableHeaderCell>{c.units}</TableHeaderCell>
                <TableHeaderCell style={{ width: 96 }}>{c.deadline}</TableHeaderCell>
                <TableHeaderCell style={{ width: 96 }}>{c.due}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.row}>
                  <TableCell className={s.num}>{r.row}</TableCell>
                  <TableCell>{r.no ?? ""}</TableCell>
                  <TableCell title={[r.task, r.requirement].filter(Boolean).join("\n")}>{shorten(r.requirement || r.task, 48)}</TableCell>
                  <TableCell title={unitNames(r)}>{shorten(unitNames(r), 40)}</TableCell>
                  <TableCell>{shorten(r.deadline.text, 20)}</TableCell>
                  <TableCell>{r.deadline.due ?? ""}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {props.rows.length > rows.length ? <Caption1>{ui.findings.more(props.rows.length - rows.length)}</Caption1> : null}
        </div>
      )}
    </div>
  );
}

export function Preview(props: { ui: Ui; result: CheckResult }) {
  const { ui, result } = props;
  const s = useStyles();
  const overdue = rowsIn(result, "overdue");
  const dueSoon = rowsIn(result, "due-soon");
  const units = overviewRows(result.summary);
  const c = ui.preview.col;
  const numCols: (keyof typeof c & keyof (typeof units)[number])[] = [
    "lead",
    "responsible",
    "cooperate",
    "total",
    "done",
    "overdue",
    "dueSoon",
    "ongoing",
    "unknown",
  ];
  return (
    <section className={s.section} aria-labelledby="preview-heading" data-testid="preview">
      <Subtitle2 as="h2" id="preview-heading">
        {ui.preview.heading}
      </Subtitle2>
      <RowsTable ui={ui} rows={overdue} title={ui.preview.overdueHeading(overdue.length)} testId="preview-overdue" />
      <RowsTable ui={ui} rows={dueSoon} title={ui.preview.dueSoonHeading(dueSoon.length)} testId="preview-due-soon" />
      <div className={s.section} data-testid="unit-overview">
        <Subtitle2 as="h3">{ui.preview.overviewHeading}</Subtitle2>
        {units.length === 0 ? (
          <Text>{ui.preview.overviewEmpty}</Text>
        ) : (
          <div className={s.tableWrap}>
            <Table size="small" aria-label={ui.preview.tableLabel(ui.preview.overviewHeading)}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell style={{ minWidth: 160 }}>{c.unit}</TableHeaderCell>
                  {numCols.map((k) => (
                    <TableHeaderCell key={k} style={{ width: 64 }}>
                      {c[k]}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {units.map((u) => (
                  <TableRow key={u.unit}>
                    <TableCell>
                      {u.unit}
                      {u.generic ? <Caption1>{ui.preview.generic}</Caption1> : null}
                    </TableCell>
                    {numCols.map((k) => (
                      <TableCell key={k} className={s.num}>
                        {u[k]}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </div>
    </section>
  );
}
