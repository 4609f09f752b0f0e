/** The standalone preview: overdue and due-soon rows, the per-unit overview and its bar charts (UnitChart). Pure presentation: data and actions come in as props. */
import {
  Caption1,
  mergeClasses,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import type { CheckResult } from "../../core/types";
import { overviewRows, rowsIn } from "../logic";
import { useStyles } from "./results.styles";
import type { Strings } from "../../strings";
import { RowsTable } from "./RowsTable";
import { UnitChart } from "./UnitChart";
import type { Lang } from "../../strings";

type Ui = Strings["ui"];

/** The role columns are wider: their English headers (Responsible, Cooperating) are single long words. */
const ROLE_COLS: ReadonlySet<string> = new Set(["lead", "responsible", "cooperate"]);

export function Preview(props: { ui: Ui; result: CheckResult; lang: Lang }) {
  const { ui, result, lang } = props;
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
            <Table size="small" aria-label={ui.preview.tableLabel(ui.preview.overviewHeading)} className={s.overviewTable}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell className={s.cell} style={{ width: 160 }}>{c.unit}</TableHeaderCell>
                  {numCols.map((k) => (
                    <TableHeaderCell key={k} className={s.cell} style={{ width: ROLE_COLS.has(k) ? 96 : 72 }}>
                      {c[k]}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {units.map((u) => (
                  <TableRow key={u.unit}>
                    <TableCell className={s.cell}>
                      {u.unit}
                      {u.generic ? <Caption1>{ui.preview.generic}</Caption1> : null}
                    </TableCell>
                    {numCols.map((k) => (
                      <TableCell key={k} className={mergeClasses(s.cell, s.num)}>
                        {u[k]}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
        <UnitChart ui={ui} result={result} lang={lang} />
      </div>
    </section>
  );
}
