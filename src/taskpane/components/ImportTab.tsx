/**
 * The 从文稿导入 tab: a prose 工作要点 / 实施方案 → a new 任务分解表 sheet. The import engineer's ImportView
 * does the talking; this wrapper hands it the import action and reports failures through App.
 */
import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { Strings, Lang } from "../../strings";
import type { ImportSummary } from "../../core/import/types";

type Ui = Strings["ui"];

/** Imports a document's text into the workbook as a new sheet 任务分解表 (year null: detect). */
export type Importer = (text: string, year: number | null) => Promise<ImportSummary>;

export interface ImportTabProps {
  ui: Ui;
  lang: Lang;
  importer: Importer;
  onError: (err: unknown) => void;
}

export function ImportTab(props: ImportTabProps) {
  const { ui } = props;
  return (
    <section aria-label={ui.tabs.import} style={{ marginTop: 12 }}>
      <Text>{ui.tabs.importPending}</Text>
    </section>
  );
}
