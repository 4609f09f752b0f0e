/**
 * processWorkbook in a Web Worker (src/standalone/workbook.worker.ts), for the standalone page. Falls back to
 * running it on the page itself when the browser cannot start the worker (an old WebView, a blocked script).
 */
import type { ProcessOptions, ProcessResult } from "../workbook/process";
import { loadProcessor, type ProcessFn } from "./file-host";

interface Reply {
  id: number;
  ok: boolean;
  out?: ProcessResult;
  error?: { name: string; message: string; code?: string };
}

/** An Error carrying the worker's error name (WorkbookError …) and code, so the file host reads it as usual. */
function revive(e: NonNullable<Reply["error"]>): Error {
  const err = new Error(e.message) as Error & { code?: string };
  err.name = e.name;
  if (e.code) err.code = e.code;
  return err;
}

export async function loadWorkerProcessor(): Promise<ProcessFn> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./workbook.worker.ts", import.meta.url), { name: "workbook-worker" });
  } catch (err) {
    console.warn("workbook worker unavailable, processing on the page", err);
    return loadProcessor();
  }
  let next = 1;
  interface Pending {
    input: Uint8Array | ArrayBuffer;
    opts: ProcessOptions;
    resolve: (r: ProcessResult) => void;
    reject: (e: unknown) => void;
  }
  const pending = new Map<number, Pending>();
  let broken = false;
  worker.onmessage = (e: MessageEvent<Reply>) => {
    const p = pending.get(e.data.id);
    if (!p) return;
    pending.delete(e.data.id);
    if (e.data.ok && e.data.out) p.resolve(e.data.out);
    else p.reject(revive(e.data.error ?? { name: "Error", message: "worker failed" }));
  };
  const onPage = async (input: Uint8Array | ArrayBuffer, opts: ProcessOptions) => (await loadProcessor())(input, opts);
  worker.onerror = (e: ErrorEvent) => {
    // The worker script could not load or crashed: what is pending, and every later call, runs on the page.
    e.preventDefault();
    console.warn("workbook worker failed, processing on the page", e.message);
    broken = true;
    worker.terminate();
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) onPage(p.input, p.opts).then(p.resolve, p.reject);
  };
  return async (input: Uint8Array | ArrayBuffer, opts: ProcessOptions) => {
    if (broken) return onPage(input, opts);
    // A copy goes to the worker: the page keeps its own bytes (下载结果, the next run).
    const copy = input instanceof Uint8Array ? input.slice() : new Uint8Array(input.slice(0));
    const id = next++;
    return new Promise<ProcessResult>((resolve, reject) => {
      pending.set(id, { input, opts, resolve, reject });
      worker.postMessage({ id, input: copy, opts }, [copy.buffer]);
    });
  };
}
