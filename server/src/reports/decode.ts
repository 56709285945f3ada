// Turns a report's bytes into text. A byte-order mark names the encoding (UTF-8, UTF-16 LE/BE) and is not part
// of the text (editors drop it too, so offsets agree with an open editor). Without one, valid UTF-8 is UTF-8;
// otherwise a legacy 8-bit code page is assumed and said: Windows-1251 for Cyrillic, else Windows-1252.
export type Decoded = { ok: true; text: string; encoding: string; warning?: string } | { ok: false; reason: string };

/** Byte-order marks, longest first. */
const BOMS: readonly { bytes: readonly number[]; encoding: string; name: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8', name: 'UTF-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le', name: 'UTF-16 LE' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be', name: 'UTF-16 BE' },
];

/** Legacy code pages that may be assumed, with the name a warning gives them. */
const LEGACY = {
  cyrillic: { encoding: 'windows-1251', name: 'Windows-1251 (Cyrillic)' },
  western: { encoding: 'windows-1252', name: 'Windows-1252 (Western European, Latin-1)' },
} as const;

/**
 * Windows-1252 bytes 0x80-0x9F (the euro sign, curly quotes, dashes…), per the WHATWG encoding index. Node 20's
 * TextDecoder reads them as C1 control characters, as ISO-8859-1 would; the five unassigned bytes stay C1.
 */
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** How far into the file binary content is looked for. */
const SNIFF = 8192;

const startsWith = (buf: Uint8Array, bytes: readonly number[]) => bytes.every((b, i) => buf[i] === b);

export function decodeReport(buf: Uint8Array): Decoded {
  const bom = BOMS.find(b => startsWith(buf, b.bytes));
  if (bom) return finish(new TextDecoder(bom.encoding).decode(buf), bom.encoding);
  const utf16 = utf16WithoutBom(buf);
  if (utf16) return finish(new TextDecoder(utf16).decode(buf), utf16, `no byte-order mark; read as ${utf16 === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE'}`);
  if (buf.subarray(0, SNIFF).includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes); skipped' };
  const u = scanUtf8(buf);
  if (u.invalid === 0) return { ok: true, text: new TextDecoder('utf-8').decode(buf), encoding: 'utf-8' };
  // Mostly UTF-8 with a few broken bytes: a legacy reading would garble every good character.
  if (u.multibyte > u.invalid) {
    return finish(new TextDecoder('utf-8').decode(buf), 'utf-8', `${u.invalid} bytes are not valid UTF-8 and were replaced by \uFFFD`);
  }
  const legacy = meanHighRun(buf) >= 2 ? LEGACY.cyrillic : LEGACY.western;
  return finish(decodeLegacy(buf, legacy.encoding), legacy.encoding, `not valid UTF-8; read as ${legacy.name}`);
}

function decodeLegacy(buf: Uint8Array, encoding: string): string {
  const text = new TextDecoder(encoding).decode(buf);
  return encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, c => CP1252_C1[c.charCodeAt(0) - 0x80]) : text;
}

function finish(text: string, encoding: string, warning?: string): Decoded {
  if (text.slice(0, SNIFF).includes('\0')) return { ok: false, reason: 'binary file (contains NUL characters); skipped' };
  return warning ? { ok: true, text, encoding, warning } : { ok: true, text, encoding };
}

/**
 * UTF-16 without a mark: text in Latin scripts has a NUL in nearly every other byte, on the odd bytes for LE
 * and the even ones for BE. Other binary files do not show that regularity.
 */
function utf16WithoutBom(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, SNIFF) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) even++;
    if (buf[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= 0.9 * pairs && even === 0) return 'utf-16le';
  if (even >= 0.9 * pairs && odd === 0) return 'utf-16be';
  return null;
}

/** Counts well-formed multi-byte UTF-8 sequences and the bytes that fit none. One pass. */
export function scanUtf8(buf: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k] & 0xc0) === 0x80;
    if (ok) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/**
 * Mean length of runs of bytes ≥ 0x80. Cyrillic in a single-byte code page makes whole words of them (runs of
 * 4-8); Western European text has an accented letter or a curly quote here and there (runs of 1).
 */
function meanHighRun(buf: Uint8Array): number {
  let runs = 0;
  let high = 0;
  let inRun = false;
  for (const b of buf) {
    if (b >= 0x80) {
      high++;
      if (!inRun) runs++;
      inRun = true;
    } else inRun = false;
  }
  return runs ? high / runs : 0;
}
