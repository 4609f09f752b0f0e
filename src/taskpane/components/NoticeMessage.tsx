/**
 * The notice after an action (read out politely by screen readers): green only for a success; a run that ran
 * with errors is a warning, one that wrote nothing (no table, missing columns) an error (src/app/outcome.ts).
 */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { OutcomeLevel } from "../../app/outcome";

const INTENT = { success: "success", warning: "warning", blocked: "error" } as const;

export function NoticeMessage(props: { notice: string | null; level?: OutcomeLevel }) {
  return (
    <div aria-live="polite">
      {props.notice ? (
        <MessageBar intent={INTENT[props.level ?? "success"]} data-testid="notice" data-level={props.level ?? "success"}>
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
