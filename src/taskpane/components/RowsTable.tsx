/** A table of task rows (the preview of overdue / due-soon rows). Pure presentation: data and actions come in as props. */
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
import type { TaskRow } from "../../core/types";
import { shorten, unitNames } from "../logic";
import { useStyles } from "./results.styles";
import type { Strings } from "../../strings";

type Ui = Strings["ui"];

/** Rows shown per preview table: the full lists are in the workbook (a long table would slow the page down). */
const MAX_PREVIEW_ROWS = 200;

export function RowsTable(props: { ui: Ui; rows: TaskRow[]; title: string; testId: string }) {
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
          <Table size="small" aria-label={title} className={s.rowsTable}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={s.cell} style={{ width: 56 }}>{c.row}</TableHeaderCell>
                <TableHeaderCell className={s.cell} style={{ width: 56 }}>{c.no}</TableHeaderCell>
                <TableHeaderCell className={s.cell}>{c.requirement}</TableHeaderCell>
                <TableHeaderCell className={s.cell}>{c.units}</TableHeaderCell>
                <TableHeaderCell className={s.cell} style={{ width: 104 }}>{c.deadline}</TableHeaderCell>
                <TableHeaderCell className={s.cell} style={{ width: 104 }}>{c.due}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.row}>
                  <TableCell className={mergeClasses(s.cell, s.num)}>{r.row}</TableCell>
                  <TableCell className={s.cell}>{r.no ?? ""}</TableCell>
                  <TableCell className={s.cell} title={[r.task, r.requirement].filter(Boolean).join("\n")}>{shorten(r.requirement || r.task, 48)}</TableCell>
                  <TableCell className={s.cell} title={unitNames(r)}>{shorten(unitNames(r), 40)}</TableCell>
                  <TableCell className={s.cell}>{shorten(r.deadline.text, 20)}</TableCell>
                  <TableCell className={s.cell}>{r.deadline.due ?? ""}</TableCell>
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
