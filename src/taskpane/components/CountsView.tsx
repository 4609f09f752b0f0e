/** Counts at a glance: rows, errors, warnings, overdue (of them 挂牌督办), 阶段逾期, due soon — the overview's numbers. Pure presentation: data and actions come in as props. */
import { Caption1, Subtitle2 } from "@fluentui/react-components";
import type { CheckResult } from "../../core/types";
import { countsOf } from "../logic";
import { useStyles } from "./results.styles";
import type { Strings } from "../../strings";

type Ui = Strings["ui"];

export function CountsView(props: { ui: Ui; result: CheckResult }) {
  const { ui, result } = props;
  const s = useStyles();
  const c = countsOf(result);
  const items: { key: keyof typeof c; label: string; cls?: string }[] = [
    { key: "rows", label: ui.counts.rows },
    { key: "errors", label: ui.counts.errors, cls: c.errors ? s.countDanger : undefined },
    { key: "warnings", label: ui.counts.warnings, cls: c.warnings ? s.countWarn : undefined },
    { key: "overdue", label: ui.counts.overdue, cls: c.overdue ? s.countDanger : undefined },
    { key: "longOverdue", label: ui.counts.longOverdue, cls: c.longOverdue ? s.countDanger : undefined },
    { key: "stageOverdue", label: ui.counts.stageOverdue, cls: c.stageOverdue ? s.countWarn : undefined },
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
