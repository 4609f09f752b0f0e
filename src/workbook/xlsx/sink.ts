/**
 * Where the writer's XML goes: written straight into UTF-8 byte chunks of about a megabyte, each handed to a
 * deflating entry (src/workbook/zip deflating) as soon as it is full. Text is encoded into the chunk in place
 * (no joined strings, no second copy); a writer with bytes of its own (new-sheet.ts: each cell's XML, kept once
 * for every sheet it is on) asks for room and writes into `buf` at `pos` itself. pause() lets the compressor
 * catch up.
 */
import { deflating, type PendingEntry, type ZipStream } from "../zip/write";

const CHUNK = 1 << 20;

export class Sink {
  /** The chunk being filled, and where the next byte goes. */
  buf = new Uint8Array(CHUNK);
  pos = 0;
  /** Has a chunk gone to the compressor since the last pause()? (A writer pauses then, not after every row.) */
  pushed = false;
  private readonly enc = new TextEncoder();

  constructor(private readonly z: ZipStream) {}

  /** Hand the filled part of the chunk to the compressor and start a new one of at least `n` bytes. */
  private push(n = CHUNK): void {
    if (this.pos > 0) {
      this.z.push(this.buf.subarray(0, this.pos));
      this.pushed = true;
    }
    this.buf = new Uint8Array(Math.max(CHUNK, n));
    this.pos = 0;
  }

  /** Make room for `n` more bytes at `pos`. */
  room(n: number): void {
    if (n > this.buf.length - this.pos) this.push(n);
  }

  /** Bytes too many for a chunk: after what is in the chunk, to the compressor on their own. */
  private alone(b: Uint8Array): void {
    this.push();
    this.z.push(b);
    this.pushed = true;
  }

  /** Any text. */
  emit(s: string): void {
    // A UTF-16 code unit is at most three UTF-8 bytes.
    if (s.length * 3 > CHUNK) return this.alone(this.enc.encode(s));
    this.room(s.length * 3);
    this.pos += this.enc.encodeInto(s, this.pos ? this.buf.subarray(this.pos) : this.buf).written;
  }

  /** Bytes as they are (they must not change afterwards: one larger than a chunk goes to the compressor itself). */
  bytes(b: Uint8Array): void {
    if (b.length > CHUNK) return this.alone(b);
    this.room(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }

  /** Wait until the compressor has taken in what was handed to it (memory stays flat). */
  async pause(): Promise<void> {
    this.pushed = false;
    await this.z.drain();
  }

  /** Hand what is left to the compressor; the entry, once compressed. Nothing is written afterwards. */
  end(): Promise<PendingEntry> {
    if (this.pos > 0) this.z.push(this.buf.subarray(0, this.pos));
    this.buf = new Uint8Array(0);
    this.pos = 0;
    return this.z.end();
  }
}

/** A sink into a new deflated zip entry named `name`. */
export function sink(name: string): Sink {
  return new Sink(deflating(name));
}
