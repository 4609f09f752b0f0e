/** The error of the last action, dismissable (read out at once by screen readers). */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Strings } from "../../strings";

type Ui = Strings["ui"];

export function ErrorMessage(props: { ui: Ui; error: string | null; onDismiss: () => void }) {
  const { ui, error, onDismiss } = props;
  return (
    <div aria-live="assertive" data-testid="error-area">
      {error ? (
        <MessageBar intent="error" data-testid="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{ui.errors.title}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={ui.errors.dismiss} onClick={onDismiss}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ) : null}
    </div>
  );
}
