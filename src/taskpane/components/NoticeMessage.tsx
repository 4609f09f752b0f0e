/** What the last action did (read out politely by screen readers): success, a warning, blocked, or a cancel. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Notice } from "../hooks/usePane";

export function NoticeMessage(props: { notice: Notice | null }) {
  const { notice } = props;
  return (
    <div aria-live="polite">
      {notice ? (
        <MessageBar intent={notice.intent} data-testid="notice" data-intent={notice.intent} data-level={notice.level ?? notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
