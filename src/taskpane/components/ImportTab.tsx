/**
 * The 从文稿导入 tab: a prose 工作要点 / 实施方案 → a new 任务分解表 sheet. The import view (src/taskpane/import)
 * does the talking; this wrapper hands it the import action App built over the host.
 */
import * as React from "react";
import type { Lang } from "../../strings";
import type { ImportSummary } from "../../core/import/types";
import { ImportView } from "../import";

/** Imports a document's text into the workbook as a new sheet 任务分解表 (year null: detect). */
export type Importer = (text: string, year: number | null) => Promise<ImportSummary>;

export interface ImportTabProps {
  lang: Lang;
  importer: Importer;
  readFile?: (file: File) => Promise<string>;
  incoming?: { file: File; key: number } | null;
}

export function ImportTab(props: ImportTabProps) {
  return (
    <ImportView
      lang={props.lang}
      onImport={props.importer}
      {...(props.readFile ? { readFile: props.readFile } : {})}
      incoming={props.incoming ?? null}
    />
  );
}
