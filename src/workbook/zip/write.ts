/**
 * Writing a zip: entries copied raw from another zip (their compressed bytes as they are, no recompression),
 * whole new entries, and entries streamed in chunks (deflated as they come: a sheet's XML never has to be one
 * string). Zip64 records are written when offsets or sizes need them. Bytes only, no Node APIs, no DOM:
 * deflating is the platform's CompressionStream("gzip") (browsers, workers, Node ≥ 20), natively: its deflate data
 * is the entry, its trailer gives the CRC-32.
 */
import { concatBytes, type ZipEntry } from "./read";

/** Chunks (about 1 MB each) a deflating entry may have queued before drain() waits for the compressor. */
const QUEUED_CHUNKS = 4;

export interface Written {
  name: Uint8Array;
  method: number;
  flags: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** 1980-01-01 00:00, the DOS epoch: new entries carry no clock (the same input gives the same bytes). */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const UTF8_FLAG = 0x0800;

/** A new entry, deflated as its chunks come, held (compressed) until it is put into a zip. */
export interface PendingEntry {
  w: Written;
  chunks: Uint8Array[];
}

export interface ZipStream {
  /** Queue a chunk (its bytes must not change afterwards). */
  push(chunk: Uint8Array): void;
  /** Resolves when the queued chunks are taken in (call now and then so memory stays flat). */
  drain(): Promise<void>;
  end(): Promise<PendingEntry>;
}

/** The first `n` bytes across chunks (fewer when there are fewer). */
function head(chunks: readonly Uint8Array[], n: number): Uint8Array {
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    if (at >= n) break;
    const take = c.subarray(0, n - at);
    out.set(take, at);
    at += take.byteLength;
  }
  return out.subarray(0, at);
}

/** Drop `front` bytes from the start and `back` bytes from the end of a list of chunks (in place). */
function trim(chunks: Uint8Array[], front: number, back: number): void {
  while (front > 0 && chunks.length) {
    const c = chunks[0];
    if (c.byteLength <= front) {
      front -= c.byteLength;
      chunks.shift();
    } else {
      chunks[0] = c.subarray(front);
      front = 0;
    }
  }
  while (back > 0 && chunks.length) {
    const c = chunks[chunks.length - 1];
    if (c.byteLength <= back) {
      back -= c.byteLength;
      chunks.pop();
    } else {
      chunks[chunks.length - 1] = c.subarray(0, c.byteLength - back);
      back = 0;
    }
  }
}

/** The length of a gzip member's header (RFC 1952: fixed ten bytes, then the optional fields FLG names). */
function gzipHeaderLength(b: Uint8Array): number {
  if (b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) throw new Error("not a gzip stream");
  const flg = b[3] ?? 0;
  let n = 10;
  if (flg & 4) n += 2 + ((b[n] ?? 0) | ((b[n + 1] ?? 0) << 8));
  for (const bit of [8, 16]) if (flg & bit) while (n < b.length && b[n++] !== 0);
  if (flg & 2) n += 2;
  if (n > b.length) throw new Error("gzip header too long");
  return n;
}

const immediate = (globalThis as { setImmediate?: (f: () => void) => unknown }).setImmediate;

/**
 * Node: one turn of the event loop, in which the compressor's finished steps report back and its next steps
 * start (node's zlib works in the thread pool, but each step is handed out from the main thread, so a writer
 * that never lets the loop turn leaves it idle until the end). Elsewhere (a browser's worker): nothing to wait for.
 */
function nextTurn(): Promise<void> | undefined {
  return immediate ? new Promise<void>((resolve) => immediate(resolve)) : undefined;
}

/** A gzip compressor as the platform gives it: a writable side for the data, a readable side for one gzip member. */
export interface GzipPair {
  writable: WritableStream<Uint8Array>;
  readable: ReadableStream<Uint8Array>;
}

const platformGzip = (): GzipPair => new CompressionStream("gzip") as GzipPair;
let makeGzip: () => GzipPair = platformGzip;

/**
 * The compressor of new entries: the platform's CompressionStream (the page's worker, the tests), or another
 * that makes the same gzip member (the command line: node's zlib, tuned); null goes back to the platform's.
 */
export function useGzip(make: (() => GzipPair) | null): void {
  makeGzip = make ?? platformGzip;
}

/**
 * A new entry written in chunks: each chunk is deflated as it comes (a sheet's XML never has to be one string);
 * the compressed bytes wait in memory until ZipWriter.put places them. The compressor makes a gzip member (the
 * same deflate data between a header and a trailer holding the CRC-32 and the size): the zip entry is its deflate
 * data, and the CRC comes from the trailer, computed natively beside the main thread instead of in JavaScript.
 */
export function deflating(name: string): ZipStream {
  const w: Written = { name: new TextEncoder().encode(name), method: 8, flags: UTF8_FLAG, time: 0, date: DOS_DATE, crc: 0, compressedSize: 0, size: 0, offset: 0 };
  const chunks: Uint8Array[] = [];
  const cs = makeGzip();
  const writer = cs.writable.getWriter();
  const reader = cs.readable.getReader();
  let total = 0;
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      const c = value;
      total += c.byteLength;
      chunks.push(c);
    }
  })();
  let failed: unknown = null;
  const fail = (e: unknown) => {
    failed ??= e;
  };
  reading.catch(fail);
  return {
    push: (chunk) => {
      if (chunk.byteLength === 0) return;
      w.size += chunk.byteLength;
      writer.write(chunk as Uint8Array<ArrayBuffer>).catch(fail);
    },
    drain: async () => {
      // The compressor works beside the main thread: wait for it only when several chunks are queued (memory
      // stays within a few MB per entry), not after every chunk (the writer would idle while it deflates).
      if ((writer.desiredSize ?? 0) > -QUEUED_CHUNKS) return nextTurn();
      await writer.ready;
    },
    end: async () => {
      await writer.close();
      await reading;
      if (failed) throw failed instanceof Error ? failed : new Error(typeof failed === "string" ? failed : "zip stream failed");
      const front = gzipHeaderLength(head(chunks, 1024));
      const tail = new Uint8Array(8);
      let at = 8;
      for (let i = chunks.length - 1; i >= 0 && at > 0; i--) {
        const c = chunks[i];
        const take = c.subarray(Math.max(0, c.byteLength - at));
        at -= take.byteLength;
        tail.set(take, at);
      }
      const dv = new DataView(tail.buffer);
      if (dv.getUint32(4, true) !== w.size % 2 ** 32) throw new Error("gzip size mismatch");
      w.crc = dv.getUint32(0, true);
      trim(chunks, front, 8);
      w.compressedSize = total - front - 8;
      return { w, chunks };
    },
  };
}

export class ZipWriter {
  private readonly chunks: Uint8Array[] = [];
  private readonly entries: Written[] = [];
  private offset = 0;
  private readonly enc = new TextEncoder();

  private out(b: Uint8Array): void {
    this.chunks.push(b);
    this.offset += b.byteLength;
  }

  private local(w: Written): void {
    this.out(localHeader(w));
  }

  /** Copy an entry of another zip as it is: its compressed bytes, CRC, sizes, time (no data descriptor). */
  copy(entry: ZipEntry, raw: Uint8Array): void {
    const w: Written = {
      name: this.enc.encode(entry.name),
      method: entry.method,
      // Keep the flags that describe the data (encryption, compression options); sizes are in the header now.
      flags: (entry.flags & ~0x0008) | UTF8_FLAG,
      time: entry.time,
      date: entry.date,
      crc: entry.crc,
      compressedSize: raw.byteLength,
      size: entry.size,
      offset: this.offset,
    };
    this.local(w);
    this.out(raw);
    this.entries.push(w);
  }

  /** A new entry from whole bytes (deflated). */
  async add(name: string, data: Uint8Array): Promise<void> {
    const s = deflating(name);
    s.push(data);
    this.put(await s.end());
  }

  /** Write an entry made by deflating() at the current end of the zip. */
  put(entry: PendingEntry): void {
    entry.w.offset = this.offset;
    this.local(entry.w);
    for (const c of entry.chunks) this.out(c);
    entry.chunks.length = 0;
    this.entries.push(entry.w);
  }

  /** The whole zip: entries, central directory, end records. */
  finish(): Uint8Array {
    const cdStart = this.offset;
    for (const w of this.entries) {
      const zip64 = w.size >= 0xffffffff || w.compressedSize >= 0xffffffff || w.offset >= 0xffffffff;
      const rec = new Uint8Array(46 + w.name.byteLength + (zip64 ? 28 : 0));
      const dv = new DataView(rec.buffer);
      dv.setUint32(0, 0x02014b50, true);
      dv.setUint16(4, zip64 ? 45 : 20, true);
      dv.setUint16(6, zip64 ? 45 : 20, true);
      dv.setUint16(8, w.flags, true);
      dv.setUint16(10, w.method, true);
      dv.setUint16(12, w.time, true);
      dv.setUint16(14, w.date, true);
      dv.setUint32(16, w.crc, true);
      dv.setUint32(20, zip64 ? 0xffffffff : w.compressedSize, true);
      dv.setUint32(24, zip64 ? 0xffffffff : w.size, true);
      dv.setUint16(28, w.name.byteLength, true);
      dv.setUint16(30, zip64 ? 28 : 0, true);
      dv.setUint32(42, zip64 ? 0xffffffff : w.offset, true);
      rec.set(w.name, 46);
      if (zip64) {
        const at = 46 + w.name.byteLength;
        dv.setUint16(at, 1, true);
        dv.setUint16(at + 2, 24, true);
        setU64(dv, at + 4, w.size);
        setU64(dv, at + 12, w.compressedSize);
        setU64(dv, at + 20, w.offset);
      }
      this.out(rec);
    }
    const cdSize = this.offset - cdStart;
    const n = this.entries.length;
    const zip64 = n >= 0xffff || cdStart >= 0xffffffff || cdSize >= 0xffffffff;
    if (zip64) {
      const z = new Uint8Array(56 + 20);
      const dv = new DataView(z.buffer);
      const at = this.offset;
      dv.setUint32(0, 0x06064b50, true);
      setU64(dv, 4, 44);
      dv.setUint16(12, 45, true);
      dv.setUint16(14, 45, true);
      setU64(dv, 24, n);
      setU64(dv, 32, n);
      setU64(dv, 40, cdSize);
      setU64(dv, 48, cdStart);
      dv.setUint32(56, 0x07064b50, true);
      setU64(dv, 64, at);
      dv.setUint32(72, 1, true);
      this.out(z);
    }
    const end = new Uint8Array(22);
    const dv = new DataView(end.buffer);
    dv.setUint32(0, 0x06054b50, true);
    dv.setUint16(8, Math.min(n, 0xffff), true);
    dv.setUint16(10, Math.min(n, 0xffff), true);
    dv.setUint32(12, Math.min(cdSize, 0xffffffff), true);
    dv.setUint32(16, Math.min(cdStart, 0xffffffff), true);
    this.out(end);
    const all = concatBytes(this.chunks, this.offset);
    this.chunks.length = 0;
    return all;
  }
}

function setU64(dv: DataView, at: number, v: number): void {
  dv.setUint32(at, v % 0x100000000, true);
  dv.setUint32(at + 4, Math.floor(v / 0x100000000), true);
}

function localHeader(w: Written): Uint8Array {
  const zip64 = w.size >= 0xffffffff || w.compressedSize >= 0xffffffff;
  const head = new Uint8Array(30 + w.name.byteLength + (zip64 ? 20 : 0));
  const dv = new DataView(head.buffer);
  dv.setUint32(0, 0x04034b50, true);
  dv.setUint16(4, zip64 ? 45 : 20, true);
  dv.setUint16(6, w.flags, true);
  dv.setUint16(8, w.method, true);
  dv.setUint16(10, w.time, true);
  dv.setUint16(12, w.date, true);
  dv.setUint32(14, w.crc, true);
  dv.setUint32(18, zip64 ? 0xffffffff : w.compressedSize, true);
  dv.setUint32(22, zip64 ? 0xffffffff : w.size, true);
  dv.setUint16(26, w.name.byteLength, true);
  dv.setUint16(28, zip64 ? 20 : 0, true);
  head.set(w.name, 30);
  if (zip64) {
    const at = 30 + w.name.byteLength;
    dv.setUint16(at, 1, true);
    dv.setUint16(at + 2, 16, true);
    setU64(dv, at + 4, w.size);
    setU64(dv, at + 12, w.compressedSize);
  }
  return head;
}
