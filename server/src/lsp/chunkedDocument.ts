// An open document kept as blocks of a few KB, so a keystroke in a 20 MB buffer edits one block instead of copying
// the whole text (a single string edited by substring + concatenation is flattened, all 20 MB of it, on the next
// edit) and shifting every later line offset. The whole text is joined only when something asks for it (analysis,
// on save for big reports) and kept until the next edit. Positions follow vscode-languageserver-textdocument:
// '\n', '\r\n' and a lone '\r' end a line, and a character past a line's end stops before its line break.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/** Target size of a block: an edit copies one block, and a look-up walks the blocks' prefix sums (binary search). */
const BLOCK = 8 * 1024;

const CR = 13;
const LF = 10;

/** Offsets just after each line break in `s` ('\r\n' counted once). */
function lineStartsIn(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === CR) {
      if (s.charCodeAt(i + 1) === LF) i++;
      out.push(i + 1);
    } else if (c === LF) out.push(i + 1);
  }
  return out;
}

/** Cuts `text` into blocks of about BLOCK characters, each ending just after a line break where one is near. */
function cut(text: string): string[] {
  if (text.length <= 2 * BLOCK) return [text];
  const out: string[] = [];
  let at = 0;
  while (text.length - at > 2 * BLOCK) {
    let end = text.indexOf('\n', at + BLOCK);
    if (end < 0 || end - at > 2 * BLOCK) end = at + BLOCK;
    else end++;
    // Never split a '\r\n' pair, nor a surrogate pair.
    if (text.charCodeAt(end - 1) === CR || (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    out.push(text.slice(at, end));
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

interface Located {
  block: number;
  /** Offset of the block's first character in the document. */
  base: number;
}

export class ChunkedDocument implements TextDocument {
  private blocks: string[];
  private starts: (number[] | undefined)[];
  private joined: string | undefined;
  /** offsets[i], breaks[i]: characters and line breaks before block i; rebuilt after an edit, on first use. */
  private offsets: Int32Array | Float64Array | undefined;
  private breaks: Int32Array | undefined;

  private constructor(readonly uri: string, readonly languageId: string, public version: number, text: string) {
    this.blocks = cut(text);
    this.starts = new Array(this.blocks.length);
    this.joined = text;
  }

  static create(uri: string, languageId: string, version: number, content: string): ChunkedDocument {
    return new ChunkedDocument(uri, languageId, version, content);
  }

  /** Applies the editor's changes in order (incremental ranges or whole texts), as TextDocument.update does. */
  static update(doc: ChunkedDocument, changes: TextDocumentContentChangeEvent[], version: number): ChunkedDocument {
    for (const change of changes) {
      if ('range' in change && change.range) {
        const range = wellFormed(change.range);
        doc.replace(doc.offsetAt(range.start), doc.offsetAt(range.end), change.text);
      } else doc.reset(change.text);
    }
    doc.version = version;
    return doc;
  }

  /** Characters in the document, without joining its blocks. */
  get length(): number {
    const ix = this.index();
    return ix.offsets[this.blocks.length];
  }

  get lineCount(): number {
    return this.index().breaks[this.blocks.length] + 1;
  }

  getText(range?: Range): string {
    if (range) {
      // As String.substring, which the editor's document uses: a range given backwards reads forwards.
      const a = this.offsetAt(range.start);
      const b = this.offsetAt(range.end);
      return this.slice(Math.min(a, b), Math.max(a, b));
    }
    this.joined ??= this.blocks.join('');
    return this.joined;
  }

  positionAt(offset: number): Position {
    const length = this.length;
    offset = Math.max(0, Math.min(Math.floor(offset), length));
    const { block, base } = this.locateOffset(offset);
    const starts = this.startsOf(block);
    // The last line start in this block at or before the offset.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (base + starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    const line = this.breaks![block] + lo;
    const lineStart = this.lineStart(line);
    return { line, character: this.beforeEOL(offset, lineStart) - lineStart };
  }

  offsetAt(position: Position): number {
    const lines = this.lineCount;
    if (position.line >= lines) return this.length;
    if (position.line < 0) return 0;
    const start = this.lineStart(position.line);
    if (position.character <= 0) return start;
    const next = position.line + 1 < lines ? this.lineStart(position.line + 1) : this.length;
    return this.beforeEOL(Math.min(start + position.character, next), start);
  }

  getLineRange(line: number): Range {
    const lines = this.lineCount;
    if (line >= lines) {
      const last = lines - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.length - this.lineStart(last) } };
    }
    const start = this.lineStart(line);
    const next = line + 1 < lines ? this.lineStart(line + 1) : this.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEOL(next, start) - start } };
  }

  getEOLCharacters(line: number): string {
    const lines = this.lineCount;
    if (line >= lines) return '';
    const start = this.lineStart(line);
    const next = line + 1 < lines ? this.lineStart(line + 1) : this.length;
    return this.slice(this.beforeEOL(next, start), next);
  }

  /** Replaces [start, end) with `text`, touching only the blocks the range covers. */
  private replace(start: number, end: number, text: string): void {
    const first = this.locateOffset(start);
    const last = end > start ? this.locateOffset(end, true) : first;
    const head = this.blocks[first.block].slice(0, start - first.base);
    const tail = this.blocks[last.block].slice(end - last.base);
    const edited = cut(head + text + tail).filter(b => b.length > 0);
    this.blocks.splice(first.block, last.block - first.block + 1, ...edited);
    this.starts.splice(first.block, last.block - first.block + 1, ...new Array(edited.length));
    this.settle(first.block, first.block + edited.length);
    if (!this.blocks.length) {
      this.blocks.push('');
      this.starts.push(undefined);
    }
    this.changed();
  }

  private reset(text: string): void {
    this.blocks = cut(text);
    this.starts = new Array(this.blocks.length);
    this.changed();
    this.joined = text;
  }

  /**
   * Keeps each block's line breaks its own: a '\r' at the end of a block whose neighbour starts with '\n' takes the
   * '\n' along, so a '\r\n' pair is never counted as two breaks.
   */
  private settle(from: number, to: number): void {
    for (let i = Math.max(0, from - 1); i < Math.min(to + 1, this.blocks.length - 1); i++) {
      const a = this.blocks[i];
      const b = this.blocks[i + 1];
      if (a.charCodeAt(a.length - 1) === CR && b.charCodeAt(0) === LF) {
        this.blocks[i] = `${a}\n`;
        this.blocks[i + 1] = b.slice(1);
        this.starts[i] = this.starts[i + 1] = undefined;
      }
    }
    for (let i = this.blocks.length - 1; i >= 0 && this.blocks.length > 1; i--) {
      if (this.blocks[i].length === 0) {
        this.blocks.splice(i, 1);
        this.starts.splice(i, 1);
      }
    }
  }

  private changed(): void {
    this.joined = undefined;
    this.offsets = undefined;
    this.breaks = undefined;
  }

  private index(): { offsets: Int32Array | Float64Array; breaks: Int32Array } {
    if (!this.offsets || !this.breaks) {
      const n = this.blocks.length;
      this.offsets = new Float64Array(n + 1);
      this.breaks = new Int32Array(n + 1);
      for (let i = 0; i < n; i++) {
        this.offsets[i + 1] = this.offsets[i] + this.blocks[i].length;
        this.breaks[i + 1] = this.breaks[i] + this.startsOf(i).length;
      }
    }
    return { offsets: this.offsets, breaks: this.breaks };
  }

  private startsOf(block: number): number[] {
    let s = this.starts[block];
    if (!s) this.starts[block] = s = lineStartsIn(this.blocks[block]);
    return s;
  }

  /** The block holding `offset` (the last block for the document's end); `atEnd` prefers the block that ends there. */
  private locateOffset(offset: number, atEnd = false): Located {
    const { offsets } = this.index();
    const n = this.blocks.length;
    let lo = 0;
    let hi = n;
    // The first block whose end is past the offset (or reaches it, with atEnd).
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const blockEnd = offsets[mid + 1];
      if (atEnd ? blockEnd < offset : blockEnd <= offset) lo = mid + 1;
      else hi = mid;
    }
    const block = Math.min(lo, n - 1);
    return { block, base: offsets[block] };
  }

  /** Offset of the first character of `line` (0 <= line < lineCount). */
  private lineStart(line: number): number {
    if (line <= 0) return 0;
    const { offsets, breaks } = this.index();
    // The block holding the line's break: the first block whose breaks reach `line`.
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid + 1] < line) lo = mid + 1;
      else hi = mid;
    }
    const block = Math.min(lo, this.blocks.length - 1);
    return offsets[block] + this.startsOf(block)[line - breaks[block] - 1];
  }

  private charCodeAt(offset: number): number {
    const { block, base } = this.locateOffset(offset);
    return this.blocks[block].charCodeAt(offset - base);
  }

  private beforeEOL(offset: number, lineStart: number): number {
    while (offset > lineStart) {
      const c = this.charCodeAt(offset - 1);
      if (c !== CR && c !== LF) break;
      offset--;
    }
    return offset;
  }

  private slice(start: number, end: number): string {
    if (this.joined !== undefined) return this.joined.slice(start, end);
    const parts: string[] = [];
    let at = start;
    while (at < end) {
      const { block, base } = this.locateOffset(at);
      const b = this.blocks[block];
      const upto = Math.min(end - base, b.length);
      parts.push(b.slice(at - base, upto));
      if (base + upto <= at) break;
      at = base + upto;
    }
    return parts.join('');
  }
}

/** A range whose start comes after its end is read backwards, as the editor's own document does. */
function wellFormed(r: Range): Range {
  const { start, end } = r;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : r;
}

/** Length of an open document's text, without joining a chunked one. */
export function textLength(doc: TextDocument): number {
  return doc instanceof ChunkedDocument ? doc.length : doc.getText().length;
}
