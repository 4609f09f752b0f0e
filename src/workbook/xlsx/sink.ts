/**
 * Where the writer's XML goes: strings handed out piece by piece, encoded to UTF-8 about a megabyte at a time
 * and deflated as they come (src/workbook/zip deflating); pause() lets the compressor catch up.
 */
import { deflating, type PendingEntry } from "../zip/write";

export interface Sink {
  emit: (s: string) => void;
  /** Hand what was emitted to the compressor and wait until it has taken it (memory stays flat). */
  pause: () => Promise<void>;
}

/** Strings handed out in chunks → UTF-8 bytes into a deflating entry, about a megabyte at a time. */
export function sink(name: string): Sink & { end: () => Promise<PendingEntry> } {
  const z = deflating(name);
  const enc = new TextEncoder();
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (!parts.length) return;
    z.push(enc.encode(parts.join("")));
    parts = [];
    size = 0;
  };
  return {
    emit: (s) => {
      parts.push(s);
      size += s.length;
      if (size > 1 << 20) flush();
    },
    pause: async () => {
      flush();
      await z.drain();
    },
    end: async () => {
      flush();
      return z.end();
    },
  };
}

