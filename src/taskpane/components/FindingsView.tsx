/** The findings, grouped by severity; a click selects the cell (Excel). Pure presentation: data and actions come in as props. */
import { Badge, Button, Caption1, Subtitle2, Text } from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/types";
import { columnLetter, groupFindings } from "../logic";
import { useStyles } from "./results.styles";
import type { Strings } from "../../strings";

type Ui = Strings["ui"];

const MAX_PER_GROUP = 200;

const SEVERITY_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

export function FindingsView(props: {
  ui: Ui;
  findings: readonly Finding[];
  /** When given (inside Excel), each finding with a row is a button selecting its cell. */
  onSelect?: (f: Finding) => void;
}) {
  const { ui, findings, onSelect } = props;
  const s = useStyles();
  const groups = groupFindings(findings);
  return (
    <section className={s.section} aria-labelledby="findings-heading" data-testid="findings">
      <Subtitle2 as="h2" id="findings-heading">
        {ui.findings.heading}
      </Subtitle2>
      {groups.length === 0 ? <Text>{ui.findings.none}</Text> : null}
      {groups.map((g) => {
        const label = ui.findings[g.severity];
        const shown = g.findings.slice(0, MAX_PER_GROUP);
        const headingId = `findings-${g.severity}`;
        return (
          <div key={g.severity} data-testid={`findings-${g.severity}`}>
            <Subtitle2 as="h3" id={headingId} style={{ display: "flex", gap: 6, alignItems: "center" }}>
              <Badge appearance="filled" size="small" color={SEVERITY_COLOR[g.severity]} aria-hidden />
              {ui.findings.groupTitle(label, g.findings.length)}
            </Subtitle2>
            <ul className={s.list} aria-labelledby={headingId}>
              {shown.map((f, i) => {
                const where = ui.findings.where(f.row, columnLetter(f.column));
                const body = (
                  <>
                    <span className={s.where}>{where}</span>
                    <span>{f.message}</span>
                  </>
                );
                return (
                  <li key={`${f.code}-${f.row}-${f.column}-${i}`}>
                    {onSelect && f.row !== null ? (
                      <Button
                        appearance="subtle"
                        className={s.finding}
                        title={ui.findings.selectHint}
                        aria-label={ui.findings.findingLabel(where, f.message, ui.findings.selectHint)}
                        onClick={() => onSelect(f)}
                      >
                        {body}
                      </Button>
                    ) : (
                      <div className={s.findingStatic}>{body}</div>
                    )}
                  </li>
                );
              })}
            </ul>
            {g.findings.length > shown.length ? <Caption1>{ui.findings.more(g.findings.length - shown.length)}</Caption1> : null}
          </div>
        );
      })}
    </section>
  );
}
