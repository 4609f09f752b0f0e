/**
 * Opening a zip (an .xlsx, .docx, .ods …) from bytes without unpacking it whole: the central directory is read
 * once, then one entry is read whole (small parts: workbook.xml, styles) or streamed in chunks (a sheet's XML,
 * which can be hundreds of MB inflated). fflate does the inflating; no Node APIs (the page's worker uses it).
 */
import { Inflate } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipError";
  }
}

/** Compressed bytes handed to the inflater at a time (each gives at most a few MB of XML). */
const STREAM_SLICE = 64 * 1024;
const FIRST_SLICE = 2 * 1024;

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) | (u16(b, o + 2) << 16)) >>> 0;

export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();

  constructor(private readonly bytes: Uint8Array) {
    const b = bytes;
    let eocd = -1;
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
      if (u32(b, i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new ZipError("no end of central directory");
    let count = u16(b, eocd + 10);
    let offset = u32(b, eocd + 16);
    // ZIP64: the locator sits right before the end record.
    if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && u32(b, eocd - 20) === 0x07064b50) {
      const z = Number(u32(b, eocd - 12)) + Number(u32(b, eocd - 8)) * 2 ** 32;
      if (u32(b, z) === 0x06064b50) {
        count = Number(u32(b, z + 32));
        offset = Number(u32(b, z + 48)) + Number(u32(b, z + 52)) * 2 ** 32;
      }
    }
    const dec = new TextDecoder();
    let p = offset;
    for (let i = 0; i < count; i++) {
      if (u32(b, p) !== 0x02014b50) throw new ZipError("bad central directory");
      const method = u16(b, p + 10);
      let compressedSize = u32(b, p + 20);
      let size = u32(b, p + 24);
      const nameLen = u16(b, p + 28);
      const extraLen = u16(b, p + 30);
      const commentLen = u16(b, p + 32);
      let localOffset = u32(b, p + 42);
      const name = dec.decode(b.subarray(p + 46, p + 46 + nameLen));
      // ZIP64 sizes and offset in the extra field (id 1), in this order, only for the fields that are 0xffffffff.
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = u16(b, e);
        const len = u16(b, e + 2);
        if (id === 1) {
          let q = e + 4;
          const read64 = (): number => {
            const v = u32(b, q) + u32(b, q + 4) * 2 ** 32;
            q += 8;
            return v;
          };
          if (size === 0xffffffff) size = read64();
          if (compressedSize === 0xffffffff) compressedSize = read64();
          if (localOffset === 0xffffffff) localOffset = read64();
        }
        e += 4 + len;
      }
      this.entries.set(name.replace(/\\/g, "/"), { name, method, compressedSize, size, localOffset });
      p += 46 + nameLen + extraLen + commentLen;
    }
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
    const b = this.bytes;
    const o = e.localOffset;
    if (u32(b, o) !== 0x04034b50) throw new ZipError(`bad local header: ${e.name}`);
    const start = o + 30 + u16(b, o + 26) + u16(b, o + 28);
    if (start + e.compressedSize > b.length) throw new ZipError(`truncated entry: ${e.name}`);
    return b.subarray(start, start + e.compressedSize);
  }

  /** The whole entry streamed as stream() does, inflated natively where the platform can (a big sheet's XML). */
  async streamAsync(path: string, onChunk: (chunk: Uint8Array) => void): Promise<boolean> {
    const e = this.entry(path);
    if (!e) return false;
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
    let n = 0;
    for (const c of chunks) n += c.length;
    const out = new Uint8Array(n);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
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
