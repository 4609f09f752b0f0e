/** The progress bar of a run. Pure presentation: data and actions come in as props. */
import { Field, ProgressBar } from "@fluentui/react-components";
import type { Strings } from "../../strings";

type Ui = Strings["ui"];

export function Progress(props: { ui: Ui; fraction: number | null; text: string }) {
  const { ui, fraction, text } = props;
  return (
    <Field label={ui.progress.label} validationMessage={text} validationState="none" style={{ marginTop: 8 }}>
      <ProgressBar value={fraction === null ? undefined : Math.max(0, Math.min(1, fraction))} aria-label={ui.progress.label} />
    </Field>
  );
}
