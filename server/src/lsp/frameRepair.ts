// LSP messages arrive framed as "Content-Length: N\r\n\r\n" and N bytes of JSON. vscode-jsonrpc's reader trusts N:
// after one wrong length every later body is glued to the next header and no message is understood again. This
// filter sits before it and keeps frames aligned: a header can never occur inside a JSON body (a raw CR LF is not
// allowed in a JSON string), so a header found inside a declared body ends that body there, and bytes before a
// header are dropped. Frames whose length is right pass through byte for byte. One bad message costs only itself.
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = '\r\n\r\n';
const KEY = 'Content-Length:';
/** No real header block is this long; beyond it, bytes without a header end are junk. */
const MAX_HEADER = 8192;
/** The length header, at the start of the header block or of one of its lines. */
const LENGTH = /(?:^|\r\n)content-length:[ \t]*(\d+)[ \t]*(?:\r\n|$)/i;
/** A header block starts with a header name. */
const HEADER_START = /^[A-Za-z][\w-]*:/;

export class FrameRepair extends Transform {
  private data = Buffer.alloc(1 << 16);
  private start = 0;
  private tail = 0;
  /** Body state: where the body starts in `data` and its declared length; null while reading a header. */
  private body: { at: number; length: number; scanned: number } | null = null;
  /** How far (in `data`) the current header's end was looked for. */
  private headerScanned = 0;
  /** Bytes dropped since the last good header, said once when the next message is found. */
  private dropped = 0;

  constructor(private readonly warn: (message: string) => void) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.append(chunk);
    while (this.body ? this.readBody() : this.readHeader());
    done();
  }

  /** Appends with a doubling buffer, so a large message costs linear time. */
  private append(chunk: Buffer): void {
    const live = this.tail - this.start;
    if (this.tail + chunk.length > this.data.length) {
      const next = this.start > 0 && live + chunk.length <= this.data.length ? this.data : Buffer.allocUnsafe(Math.max(this.data.length * 2, live + chunk.length));
      this.data.copy(next, 0, this.start, this.tail);
      if (this.body) this.body = { ...this.body, at: this.body.at - this.start, scanned: this.body.scanned - this.start };
      this.headerScanned = Math.max(0, this.headerScanned - this.start);
      this.data = next;
      this.start = 0;
      this.tail = live;
    }
    chunk.copy(this.data, this.tail);
    this.tail += chunk.length;
  }

  /** Reads one header block; false when more bytes are needed. */
  private readHeader(): boolean {
    const live = this.data.subarray(this.start, this.tail);
    // Looked for only where a header can be, and not again over bytes already searched.
    const window = live.subarray(0, MAX_HEADER + HEADER_END.length);
    const stop = window.indexOf(HEADER_END, Math.max(0, this.headerScanned - this.start - HEADER_END.length));
    if (stop < 0) {
      this.headerScanned = this.start + window.length;
      return live.length > MAX_HEADER ? this.skipJunk(live) : false;
    }
    const m = LENGTH.exec(live.toString('latin1', 0, stop));
    if (!m || !HEADER_START.test(live.toString('latin1', 0, Math.min(stop, 64)))) {
      return this.skipJunk(live);
    }
    if (this.dropped) this.warn(`dropped ${this.dropped} bytes that were not a message, before the next one`);
    this.dropped = 0;
    this.body = { at: this.start + stop + HEADER_END.length, length: Number(m[1]), scanned: this.start + stop + HEADER_END.length };
    return true;
  }

  /** Drops bytes up to the next length header (or all but a possible partial one); true when one was found. */
  private skipJunk(live: Buffer): boolean {
    const next = indexOfKey(live, 1);
    const drop = next >= 0 ? next : Math.max(0, live.length - KEY.length);
    this.dropped += drop;
    this.start += drop;
    return next >= 0;
  }

  /** Passes one body on; false when more bytes are needed. */
  private readBody(): boolean {
    const b = this.body!;
    const limit = Math.min(this.tail, b.at + b.length);
    const inside = indexOfHeader(this.data, b.scanned, limit, this.tail);
    if (inside >= 0) {
      this.warn(`a message declared ${b.length} bytes but the next one began after ${inside - b.at}; read up to there`);
      this.pass(b.at, inside, true);
      return true;
    }
    if (this.tail < b.at + b.length) {
      b.scanned = Math.max(b.at, this.tail - KEY.length - 32);
      return false;
    }
    this.pass(b.at, b.at + b.length, false);
    return true;
  }

  private pass(bodyAt: number, bodyEnd: number, relabel: boolean): void {
    const frame = relabel
      ? Buffer.concat([Buffer.from(`Content-Length: ${bodyEnd - bodyAt}\r\n\r\n`, 'latin1'), this.data.subarray(bodyAt, bodyEnd)])
      : Buffer.from(this.data.subarray(this.start, bodyEnd));
    this.push(frame);
    this.start = bodyEnd;
    this.body = null;
  }
}

/** The next "Content-Length:" (as the specification spells it) at or after `from`. */
function indexOfKey(buf: Buffer, from: number): number {
  return buf.indexOf(KEY, from, 'latin1');
}

/** A complete length header line starting in [from, limit) of `buf`, whose bytes end at `end`. */
function indexOfHeader(buf: Buffer, from: number, limit: number, end: number): number {
  const view = buf.subarray(0, end);
  for (let i = indexOfKey(view, from); i >= 0 && i < limit; i = indexOfKey(view, i + 1)) {
    if (isHeaderLine(view, i + KEY.length)) return i;
  }
  return -1;
}

/** True when `buf` holds, from `i`, optional blanks, digits, optional blanks and CR LF. */
function isHeaderLine(buf: Buffer, i: number): boolean {
  const blanks = () => {
    while (buf[i] === 0x20 || buf[i] === 0x09) i++;
  };
  blanks();
  const digits = i;
  while (buf[i] >= 0x30 && buf[i] <= 0x39) i++;
  if (i === digits) return false;
  blanks();
  return buf[i] === 0x0d && buf[i + 1] === 0x0a;
}
