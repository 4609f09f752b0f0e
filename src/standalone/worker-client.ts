/**
 * processWorkbook in a Web Worker (src/standalone/workbook.worker.ts), for the standalone page. Falls back to
 * running it on the page itself when the browser cannot start the worker (an old WebView, a blocked script).
 *
 * The worker reports each stage as it starts (opts.onProgress stays on the page; the worker posts progress
 * messages). Cancelling terminates the worker: what it was doing is dropped, the page's own bytes are untouched
 * (the worker only ever gets a copy), and the next call starts a fresh worker.
 */
import type { ProcessOptions, ProcessResult } from "../workbook/process";
import { loadProcessor, type ProcessFn } from "./file-host";

interface Reply {
  id: number;
  ok?: boolean;
  out?: ProcessResult;
  error?: { name: string; message: string; code?: string };
  progress?: { fraction: number; stage: string };
}

/** An Error carrying the worker's error name (WorkbookError …) and code, so the file host reads it as usual. */
function revive(e: NonNullable<Reply["error"]>): Error {
  const err = new Error(e.message) as Error & { code?: string };
  err.name = e.name;
  if (e.code) err.code = e.code;
  return err;
}

/** The error a cancelled call rejects with (the file host turns it into its "cancelled" HostError). */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

/** A ProcessFn that can be cancelled while it runs. */
export interface CancellableProcessFn extends ProcessFn {
  cancel(): boolean;
}

type Stage = Parameters<NonNullable<ProcessOptions["onProgress"]>>[1];

interface Pending {
  input: Uint8Array | ArrayBuffer;
  opts: ProcessOptions;
  resolve: (r: ProcessResult) => void;
  reject: (e: unknown) => void;
}

export async function loadWorkerProcessor(): Promise<ProcessFn> {
  const start = (): Worker | null => {
    try {
      return new Worker(new URL("./workbook.worker.ts", import.meta.url), { name: "workbook-worker" });
    } catch (err) {
      console.warn("workbook worker unavailable, processing on the page", err);
      return null;
    }
  };
  let worker = start();
  if (!worker) return loadProcessor();
  let next = 1;
  const pending = new Map<number, Pending>();
  let broken = false;
  const onPage = async (input: Uint8Array | ArrayBuffer, opts: ProcessOptions) => (await loadProcessor())(input, opts);

  const wire = (w: Worker) => {
    w.onmessage = (e: MessageEvent<Reply>) => {
      const p = pending.get(e.data.id);
      if (!p) return;
      if (e.data.progress) {
        p.opts.onProgress?.(e.data.progress.fraction, e.data.progress.stage as Stage);
        return;
      }
      pending.delete(e.data.id);
      if (e.data.ok && e.data.out) p.resolve(e.data.out);
      else p.reject(revive(e.data.error ?? { name: "Error", message: "worker failed" }));
    };
    w.onerror = (e: ErrorEvent) => {
      // The worker script could not load or crashed: what is pending, and every later call, runs on the page.
      e.preventDefault();
      console.warn("workbook worker failed, processing on the page", e.message);
      broken = true;
      w.terminate();
      const waiting = [...pending.values()];
      pending.clear();
      for (const p of waiting) onPage(p.input, p.opts).then(p.resolve, p.reject);
    };
  };
  wire(worker);

  const fn = (async (input: Uint8Array | ArrayBuffer, opts: ProcessOptions) => {
    if (broken) return onPage(input, opts);
    if (!worker) {
      worker = start();
      if (!worker) return onPage(input, opts);
      wire(worker);
    }
    // A copy goes to the worker: the page keeps its own bytes (下载结果, the next run, a cancel).
    const copy = input instanceof Uint8Array ? input.slice() : new Uint8Array(input.slice(0));
    const id = next++;
    const { onProgress: _local, ...posted } = opts;
    const w = worker;
    return new Promise<ProcessResult>((resolve, reject) => {
      pending.set(id, { input, opts, resolve, reject });
      w.postMessage({ id, input: copy, opts: posted }, [copy.buffer]);
    });
  }) as CancellableProcessFn;
  fn.cancel = () => {
    if (!worker || pending.size === 0) return false;
    worker.terminate();
    worker = null;
    const waiting = [...pending.values()];
    pending.clear();
    for (const p of waiting) p.reject(new CancelledError());
    return true;
  };
  return fn;
}
