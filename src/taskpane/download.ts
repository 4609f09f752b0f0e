/** The standalone page's file transfers through the browser: saving a workbook, fetching the sample. */
import type { Strings } from "../strings";
import { HostError } from "../app/host";

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Offer bytes as a download named `name` (an .xlsx unless another content type is given). */
export function saveFile(bytes: Uint8Array, name: string, type: string = XLSX_TYPE): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Save the 通报 as a .docx: the writer (and the `docx` package) load on this first use, never with the page. */
export async function saveNoticeDocx(paragraphs: readonly string[], name: string): Promise<void> {
  const { noticeDocx } = await import(/* webpackChunkName: "docx" */ "../workbook/notice-docx");
  saveFile(await noticeDocx(paragraphs), name, DOCX_TYPE);
}

/** The sample workbook shipped with the page (same origin); a HostError the user can read when it fails. */
export async function fetchSample(sampleUrl: string | undefined, ui: Strings["ui"]): Promise<{ data: ArrayBuffer; name: string }> {
  if (!sampleUrl) throw new HostError(ui.errors.sampleFailed, "sample");
  let res: Response;
  try {
    res = await fetch(sampleUrl);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
  } catch (err) {
    console.error(err);
    throw new HostError(ui.errors.sampleFailed, "sample");
  }
  const name = decodeURIComponent(new URL(sampleUrl).pathname.split("/").pop() ?? "") || "sample.xlsx";
  return { data: await res.arrayBuffer(), name };
}
