/**
 * Opening a zip (an .xlsx, .docx, .ods …) from bytes without unpacking it whole: the central directory is read
 * once, then one entry is read whole (small parts: workbook.xml, styles) or streamed in chunks (a sheet's XML,
 * which can be hundreds of MB inflated). fflate does the inflating; no Node APIs (the page's worker uses it).
 */
import { Inflate } from "fflate";
import { concatBytes, platformInflater, rawData, WHOLE_INFLATE_MAX, zipEntries, type ZipEntry } from "./read";

export type { ZipEntry } from "./read";

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

/** Compressed bytes handed to the inflater at a time (each gives at most a few MB of XML). */
const STREAM_SLICE = 64 * 1024;
const FIRST_SLICE = 2 * 1024;

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  /** The central directory is read by zip/read.ts (the writer's reader too): one parser of zips in the project. */
  constructor(private readonly bytes: Uint8Array) {
    const entries = zipEntries(bytes);
    if (!entries) throw new ZipError("no readable central directory");
    for (const e of entries) this.entries.set(e.name.replace(/\\/g, "/"), e);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry of this path (case-insensitively when no exact match: some writers change case). */
  entry(path: string): ZipEntry | undefined {
    const p = path.replace(/^\/+/, "");
    const exact = this.entries.get(p);
    if (exact) return exact;
    const lower = p.toLowerCase();
    for (const [k, v] of this.entries) if (k.toLowerCase() === lower) return v;
    return undefined;
  }

  has(path: string): boolean {
    return this.entry(path) !== undefined;
  }

  private raw(e: ZipEntry): Uint8Array {
    const data = rawData(this.bytes, e);
    if (!data) throw new ZipError(`bad local header or truncated entry: ${e.name}`);
    return data;
  }

  /** The whole entry streamed as stream() does, inflated natively where the platform can (a big sheet's XML). */
  async streamAsync(path: string, onChunk: (chunk: Uint8Array) => void): Promise<boolean> {
    const e = this.entry(path);
    if (!e) return false;
    if (e.method === 8 && wholeNative(this.raw(e), e.size, onChunk)) return true;
    if (e.method === 8 && (await inflateNative(this.raw(e), onChunk))) return true;
    return this.stream(path, onChunk);
  }

  /** The whole inflated entry (for small parts), or null when absent. */
  read(path: string): Uint8Array | null {
    const e = this.entry(path);
    if (!e) return null;
    const chunks: Uint8Array[] = [];
    this.stream(path, (c) => {
      chunks.push(c);
    });
    if (chunks.length === 1 && chunks[0]) return chunks[0];
    return concatBytes(chunks);
  }

  /** The entry as text (UTF-8), or null when absent. */
  text(path: string): string | null {
    const b = this.read(path);
    return b ? new TextDecoder().decode(b) : null;
  }

  /**
   * Inflate an entry chunk by chunk; `onChunk` returning false stops early (e.g. after the first rows of a sheet).
   * Returns false when the entry is absent.
   */
  stream(path: string, onChunk: (chunk: Uint8Array) => boolean | void): boolean {
    const e = this.entry(path);
    if (!e) return false;
    const data = this.raw(e);
    if (e.method === 0) {
      for (let i = 0; i < data.length; i += STREAM_SLICE * 16) if (onChunk(data.subarray(i, i + STREAM_SLICE * 16)) === false) break;
      return true;
    }
    if (e.method !== 8) throw new ZipError(`unsupported compression ${e.method}: ${e.name}`);
    let stop = false;
    const inf = new Inflate((chunk) => {
      if (!stop && chunk.length > 0 && onChunk(chunk) === false) stop = true;
    });
    // Small slices first, so a reader that wants only the first rows (the header, the generated-sheet mark)
    // inflates a few KB, not a few MB; then STREAM_SLICE at a time.
    let slice = FIRST_SLICE;
    for (let i = 0; i < data.length && !stop; i += slice, slice = Math.min(STREAM_SLICE, slice * 2)) {
      const end = Math.min(data.length, i + slice);
      inf.push(data.subarray(i, end), end === data.length);
    }
    return true;
  }
}

/**
 * An entry of at most WHOLE_INFLATE_MAX inflated in one call by the platform's inflater (useInflater), handed out
 * in megabyte chunks; false (nothing handed out) without one, for a larger entry, or when it cannot inflate it.
 */
function wholeNative(data: Uint8Array, size: number, onChunk: (chunk: Uint8Array) => void): boolean {
  const inflate = platformInflater();
  if (!inflate || size > WHOLE_INFLATE_MAX) return false;
  let out: Uint8Array;
  try {
    out = inflate(data);
  } catch {
    return false;
  }
  for (let i = 0; i < out.length; i += 1 << 20) onChunk(out.subarray(i, i + (1 << 20)));
  return true;
}

/** Inflate raw deflate bytes natively when the platform can (browsers, workers, Node ≥ 18): null when it cannot. */
async function inflateNative(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<boolean> {
  const DS = (globalThis as { DecompressionStream?: typeof DecompressionStream }).DecompressionStream;
  if (!DS) return false;
  const ds = new DS("deflate-raw");
  const writer = ds.writable.getWriter();
  const writing = (async () => {
    for (let i = 0; i < data.length; i += STREAM_SLICE * 16) await writer.write(data.subarray(i, i + STREAM_SLICE * 16) as Uint8Array<ArrayBuffer>);
    await writer.close();
  })();
  const reader = ds.readable.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      onChunk(value);
    }
    await writing;
  } catch {
    writing.catch(() => undefined);
    throw new ZipError("bad deflate data");
  }
  return true;
}

/** Is this a zip (local file header or an empty archive's end record)? */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}
