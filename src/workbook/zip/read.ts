/**
 * Reading a zip (an .xlsx, .xlsm, .docx …) from its central directory — the project's one zip parser (the
 * streaming reader's ZipArchive in stream.ts and the writer both use it): entry names, sizes, CRCs and where each entry's
 * compressed bytes are, so a writer can copy them raw. Handles zip64 records, data descriptors (the central
 * directory holds the sizes) and a trailing archive comment. Bytes only, no Node APIs, no DOM: entries are
 * inflated by fflate (small parts) or the platform's DecompressionStream("deflate-raw") (large ones, natively).
 */

import { inflateSync } from "fflate";

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (others are copied raw but not read). */
  method: number;
  compressedSize: number;
  size: number;
  crc: number;
  /** General-purpose flags, DOS time and date, as in the central directory. */
  flags: number;
  time: number;
  date: number;
  /** Offset of the entry's local header. */
  offset: number;
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, at: number): number {
  return dv.getUint32(at, true) + dv.getUint32(at + 4, true) * 0x100000000;
}

/** The entries of a zip, from its central directory; null when the bytes are not a readable zip (never throws). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  try {
    return readEntries(bytes);
  } catch {
    return null;
  }
}

function findEocd(bytes: Uint8Array, dv: DataView): number {
  // The end-of-central-directory record: 22 bytes plus a comment of at most 65535 bytes, at the very end.
  // The one whose comment ends the file; else (bytes appended after the comment, as some tools do) the last one.
  let last = -1;
  for (let i = bytes.byteLength - 22; i >= Math.max(0, bytes.byteLength - 22 - 0xffff); i--) {
    if (dv.getUint32(i, true) !== EOCD_SIG) continue;
    if (i + 22 + dv.getUint16(i + 20, true) === bytes.byteLength) return i;
    if (last < 0) last = i;
  }
  return last;
}

function readEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.byteLength < 22) return null;
  const dv = view(bytes);
  const eocd = findEocd(bytes, dv);
  if (eocd < 0) return null;
  let count = dv.getUint16(eocd + 10, true);
  let cdOffset = dv.getUint32(eocd + 16, true);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && dv.getUint32(eocd - 20, true) === ZIP64_LOCATOR_SIG) {
    const z64 = u64(dv, eocd - 20 + 8);
    if (z64 + 56 > bytes.byteLength || dv.getUint32(z64, true) !== ZIP64_EOCD_SIG) return null;
    count = u64(dv, z64 + 32);
    cdOffset = u64(dv, z64 + 48);
  }
  const utf8 = new TextDecoder("utf-8");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.byteLength || dv.getUint32(p, true) !== CENTRAL_SIG) return null;
    const flags = dv.getUint16(p + 8, true);
    const method = dv.getUint16(p + 10, true);
    const time = dv.getUint16(p + 12, true);
    const date = dv.getUint16(p + 14, true);
    const crc = dv.getUint32(p + 16, true);
    let compressedSize = dv.getUint32(p + 20, true);
    let size = dv.getUint32(p + 24, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    let offset = dv.getUint32(p + 42, true);
    if (p + 46 + nameLen + extraLen > bytes.byteLength) return null;
    const name = utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen));
    // Zip64 extra field (id 1): the 64-bit values, in order, for each 32-bit field that is 0xffffffff.
    let e = p + 46 + nameLen;
    const end = e + extraLen;
    while (e + 4 <= end) {
      const id = dv.getUint16(e, true);
      const len = dv.getUint16(e + 2, true);
      if (id === 1) {
        let q = e + 4;
        if (size === 0xffffffff) {
          size = u64(dv, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(dv, q);
          q += 8;
        }
        if (offset === 0xffffffff) offset = u64(dv, q);
      }
      e += 4 + len;
    }
    entries.push({ name, method, compressedSize, size, crc, flags, time, date, offset });
    p = end + commentLen;
  }
  return entries;
}

/** The entry's compressed bytes as stored (a view into `bytes`); null when its local header is not there. */
export function rawData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const dv = view(bytes);
  if (entry.offset + 30 > bytes.byteLength || dv.getUint32(entry.offset, true) !== LOCAL_SIG) return null;
  const start = entry.offset + 30 + dv.getUint16(entry.offset + 26, true) + dv.getUint16(entry.offset + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  return data.byteLength === entry.compressedSize ? data : null;
}

/** Raw deflate inflated whole in one native call, where the platform offers it (see useInflater); else null. */
let wholeInflater: ((data: Uint8Array) => Uint8Array) | null = null;

/** Entries at most this large once inflated are inflated whole by the platform's inflater; larger ones streamed. */
export const WHOLE_INFLATE_MAX = 32 << 20;

/**
 * A platform's one-call inflater of raw deflate data (the command line: node's zlib, which inflates a sheet of
 * some MB in one step instead of sixteen-KB steps that each wait for the main thread); null: streams only.
 */
export function useInflater(inflate: ((data: Uint8Array) => Uint8Array) | null): void {
  wholeInflater = inflate;
}

/** The platform's one-call inflater, when one is set. */
export function platformInflater(): ((data: Uint8Array) => Uint8Array) | null {
  return wholeInflater;
}

/** Parts smaller than this (compressed) are inflated at once by fflate; larger ones natively, as a stream. */
const NATIVE_FROM = 256 * 1024;

/**
 * Raw deflate → bytes: small parts (workbook.xml, styles, relationships) by fflate at once, a sheet of many MB
 * by the platform's DecompressionStream (native; read chunk by chunk, no fetch Response: Node would load its
 * whole fetch implementation for that).
 */
export async function inflateRaw(data: Uint8Array): Promise<Uint8Array> {
  if (data.byteLength < NATIVE_FROM) return inflateSync(data);
  if (wholeInflater) return wholeInflater(data);
  const ds = new DecompressionStream("deflate-raw");
  const writer = ds.writable.getWriter();
  const writing = writer.write(data as Uint8Array<ArrayBuffer>).then(() => writer.close());
  writing.catch(() => undefined);
  const reader = ds.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await writing;
  return concatBytes(chunks, size);
}

/** The chunks one after another in one array (`size`: their total length, when the caller has counted it). */
export function concatBytes(chunks: readonly Uint8Array[], size = chunks.reduce((n, c) => n + c.byteLength, 0)): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** The entry's bytes (stored or deflated); null when it cannot be read. */
export async function entryData(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array | null> {
  try {
    const data = rawData(bytes, entry);
    if (!data) return null;
    if (entry.method === 0) return data;
    if (entry.method !== 8) return null;
    return await inflateRaw(data);
  } catch {
    return null;
  }
}

/** The entry's bytes as UTF-8 text; null when it cannot be read. */
export async function entryText(bytes: Uint8Array, entry: ZipEntry): Promise<string | null> {
  const data = await entryData(bytes, entry);
  return data ? new TextDecoder("utf-8").decode(data) : null;
}
