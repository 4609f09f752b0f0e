/**
 * Where the sample workbook is served from: assets/sample/示例-任务分解表.xlsx (built from seed 004 by
 * scripts/make-sample.ts and committed); the build copies assets/ beside taskpane.html, so it is fetched from
 * the page's own origin.
 */
export const SAMPLE_PATH = "assets/sample/示例-任务分解表.xlsx";

export function sampleWorkbookUrl(base: string = document.baseURI): string {
  return new URL(SAMPLE_PATH, base).href;
}
