/** 从文稿导入 view for the task pane. */
export { ImportView, type ImportViewProps } from "./ImportView";
export { parseYearField, summaryCounts, sortedFindings } from "./logic";
