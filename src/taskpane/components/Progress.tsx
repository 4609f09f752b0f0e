/**
 * The progress bar of a run, with the stage being done, and its cancel: on the standalone page a button that
 * stops the run (the open file stays as it was); inside Excel a note that a run cannot be cancelled once its
 * write batch starts. Pure presentation: data and actions come in as props.
 */
import { Button, Caption1, Field, ProgressBar } from "@fluentui/react-components";
import type { Strings } from "../../strings";

type Ui = Strings["ui"];

/** Progress labels of an Excel run's write batch: from there on it cannot be cancelled. */
const WRITE_STAGES: ReadonlySet<string> = new Set(["sheets", "columns", "highlights", "write", "done"]);

export function Progress(props: {
  ui: Ui;
  pane: Strings["pane"];
  fraction: number | null;
  /** The host's progress label (read, check, plan, write …). */
  label: string;
  text: string;
  onCancel?: (() => void) | undefined;
  /** Inside Excel a run can be cancelled only until its write batch starts. */
  untilWrite: boolean;
}) {
  const { ui, pane, fraction, label, text, onCancel, untilWrite } = props;
  const writing = untilWrite && WRITE_STAGES.has(label);
  return (
    <div data-testid="progress" style={{ display: "flex", alignItems: "center", gap: 8, flexWrap: "wrap" }}>
      <Field label={ui.progress.label} validationMessage={text} validationState="none" style={{ flex: "1 1 200px", minWidth: 0 }}>
        <ProgressBar value={fraction === null ? undefined : Math.max(0, Math.min(1, fraction))} aria-label={ui.progress.label} />
      </Field>
      {onCancel ? (
        <Button
          size="small"
          onClick={onCancel}
          disabled={writing}
          title={untilWrite ? pane.excelNoCancel : pane.cancelHint}
          aria-description={untilWrite ? pane.excelNoCancel : pane.cancelHint}
        >
          {pane.cancel}
        </Button>
      ) : null}
      {untilWrite ? <Caption1>{pane.excelNoCancel}</Caption1> : null}
    </div>
  );
}
