/** How the host carried the action out (an older Excel's fallback …) and the plan's own notes (too many units …). */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export function NotesMessage(props: { notes: string[] }) {
  if (!props.notes.length) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="notes">
      <MessageBarBody>
        {props.notes.map((n, i) => (
          <div key={i}>{n}</div>
        ))}
      </MessageBarBody>
    </MessageBar>
  );
}
