/**
 * The 通报 draft as text (after 生成汇总 / 全部运行, which also write it as a sheet): its paragraphs, 复制 to the
 * clipboard and, on the standalone page, 下载 .docx (the `docx` package loads only when asked: never in the first
 * load). Presentation and the two browser calls (clipboard, the lazily loaded writer); the text comes in as props.
 */
import * as React from "react";
import { Button, Caption1, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import type { Strings } from "../../strings";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: "6px", marginTop: "12px" },
  head: { display: "flex", flexWrap: "wrap", gap: "6px", alignItems: "center", justifyContent: "space-between" },
  buttons: { display: "flex", flexWrap: "wrap", gap: "6px" },
  text: {
    margin: 0,
    padding: "8px 10px",
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    gap: "4px",
    userSelect: "text",
    overflowWrap: "anywhere",
  },
  title: { fontWeight: tokens.fontWeightSemibold, textAlign: "center" },
  para: { margin: 0 },
  failed: { color: tokens.colorPaletteRedForeground1 },
});

/** Copy text: the async clipboard API where the host allows it, else a selected textarea and execCommand. */
async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (an Office web view without the permission): try the older way.
  }
  try {
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  } catch {
    return false;
  }
}

export function NoticeDraft(props: {
  pane: Strings["pane"];
  paragraphs: string[];
  /** The 通报 sheet's name in the workbook. */
  sheet: string;
  /** Download as .docx (the standalone page); absent inside Excel and WPS. */
  onDocx?: () => Promise<void>;
}) {
  const { pane, paragraphs, sheet, onDocx } = props;
  const t = pane.notice;
  const s = useStyles();
  const [copy, setCopy] = React.useState<"idle" | "copied" | "failed">("idle");
  const [saving, setSaving] = React.useState(false);
  // A new 通报: the button reads 复制 again.
  React.useEffect(() => setCopy("idle"), [paragraphs]);
  const [title, ...body] = paragraphs;
  const onCopy = () => void copyText(paragraphs.join("\n") + "\n").then((ok) => setCopy(ok ? "copied" : "failed"));
  const onDownload = onDocx
    ? () => {
        setSaving(true);
        void onDocx().finally(() => setSaving(false));
      }
    : undefined;
  return (
    <section className={s.section} aria-labelledby="notice-draft-heading" data-testid="notice-draft">
      <div className={s.head}>
        <Subtitle2 as="h2" id="notice-draft-heading">
          {t.heading}
        </Subtitle2>
        <div className={s.buttons}>
          <Button size="small" appearance="primary" onClick={onCopy} data-testid="notice-copy">
            {copy === "copied" ? t.copied : t.copy}
          </Button>
          {onDownload ? (
            <Button size="small" onClick={onDownload} disabled={saving} data-testid="notice-docx">
              {t.docx}
            </Button>
          ) : null}
        </div>
      </div>
      <Caption1 aria-live="polite" className={copy === "failed" ? s.failed : undefined}>
        {copy === "failed" ? t.copyFailed : t.hint(sheet)}
      </Caption1>
      <div className={s.text} data-testid="notice-text">
        <Text as="p" className={s.title}>
          {title}
        </Text>
        {body.map((p, i) => (
          <Text as="p" key={i} className={s.para}>
            {p}
          </Text>
        ))}
      </div>
    </section>
  );
}
