/**
 * Where the sample workbook (assets/sample/示例-任务分解表.xlsx, built from seed 004 by scripts/make-sample.ts)
 * is served from: webpack 5 turns this `new URL(…, import.meta.url)` into an asset of the build, on the
 * page's own origin.
 */
export function sampleWorkbookUrl(): string {
  return new URL("../../assets/sample/示例-任务分解表.xlsx", import.meta.url).href;
}
