/** The five action buttons (校验 … 全部运行). Pure presentation: data and actions come in as props. */
import { Button } from "@fluentui/react-components";
import type { ActionName } from "../../app/host";
import { ACTIONS } from "../../app/actions";
import { useStyles } from "./controls.styles";
import type { Strings } from "../../strings";

type Ui = Strings["ui"];

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
