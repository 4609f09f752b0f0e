/**
 * The standalone page's workbook processing, off the page's main thread: a 10,000-row table takes seconds in
 * exceljs, and the page (progress bar, buttons) stays responsive meanwhile. Messages: { id, input, opts } in;
 * { id, ok: true, out } or { id, ok: false, error: { name, message, code } } back (the output's buffer is
 * transferred, not copied); { id, progress: { fraction, stage } } as each stage starts.
 */
import { processWorkbook, type ProcessOptions } from "../workbook/process";

interface Request {
  id: number;
  input: Uint8Array;
  opts: ProcessOptions;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Request>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
};

scope.onmessage = (e) => {
  const { id, input, opts } = e.data;
  // Each stage as it starts goes back to the page (its progress bar); a function cannot cross to the worker.
  const onProgress = (fraction: number, stage: string) => scope.postMessage({ id, progress: { fraction, stage } });
  processWorkbook(input, { ...opts, onProgress }).then(
    (out) => scope.postMessage({ id, ok: true, out }, out.output ? [out.output.buffer] : []),
    (err: unknown) => {
      const e2 = err instanceof Error ? err : new Error(String(err));
      const code = (e2 as Error & { code?: unknown }).code;
      scope.postMessage({ id, ok: false, error: { name: e2.name, message: e2.message, code: typeof code === "string" ? code : undefined } });
    },
  );
};
