/**
 * Under a run's outcome: the stale-summary notice with a button that rebuilds the 汇总, and the as-of hint with
 * a button that reruns with the plan year's end as the as-of date. Pure presentation: data and actions come in
 * as props.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Strings } from "../../strings";
import type { StaleSummary } from "../hints";

export function RunHints(props: {
  ui: Strings["ui"];
  pane: Strings["pane"];
  year: number | null;
  stale: StaleSummary | null;
  yearEnd: string | null;
  busy: boolean;
  onRebuild: () => void;
  onUseYearEnd: (end: string) => void;
}) {
  const { ui, pane, year, stale, yearEnd, busy, onRebuild, onUseYearEnd } = props;
  return (
    <>
      {stale ? (
        <MessageBar intent="warning" data-testid="stale-summary" layout="multiline">
          <MessageBarBody>{stale.tableChanged || !stale.builtAsOf ? pane.staleTable : pane.staleDate(stale.builtAsOf, stale.asOf)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy} onClick={onRebuild}>
              {pane.rebuild}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {yearEnd && year !== null ? (
        <MessageBar intent="info" data-testid="as-of-hint" layout="multiline">
          <MessageBarBody>{ui.settings.planYearOver(year, yearEnd)}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy} onClick={() => onUseYearEnd(yearEnd)}>
              {pane.useYearEnd(yearEnd)}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </>
  );
}
