/** The notice after a successful action (read out politely by screen readers). */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export function NoticeMessage(props: { notice: string | null }) {
  return (
    <div aria-live="polite">
      {props.notice ? (
        <MessageBar intent="success" data-testid="notice">
          <MessageBarBody>{props.notice}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
