// Stable ids: the editor keeps dismissals by claim id, so the same text must give the same id on every run.

/** 52-bit FNV-1a style hash as 13 hex digits (two 32-bit lanes with different seeds). */
export function stableHash(s: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h1.toString(16).padStart(8, '0') + (h2 >>> 12).toString(16).padStart(5, '0'));
}

/**
 * stableHash fed piece by piece, for ids made once per claim: no joined string to hash, and the state after a prefix
 * every id of a report shares (its path) is kept. `claimId(path, a, b, key, tag)` equals
 * `claim:${stableHash(`${path}\0${a}\0${b}\0${key}\0${tag}`)}`.
 */
//
// The state lives in a typed array, not in module variables: a module variable holding a 32-bit hash above 2^30 is a
// boxed number, so every character fed allocated two of them (a price list of 66,000 figures: 30 MB of garbage).
const state = new Uint32Array(4);
const H1 = 0;
const H2 = 1;
const PREFIX_H1 = 2;
const PREFIX_H2 = 3;
let prefix: string | null = null;

function feedCode(c: number): void {
  state[H1] = Math.imul(state[H1] ^ c, 0x01000193);
  state[H2] = Math.imul(state[H2] ^ c, 0x5bd1e995);
}

function feed(s: string): void {
  for (let i = 0; i < s.length; i++) feedCode(s.charCodeAt(i));
}

/** The decimal digits of a non-negative integer, as `${n}` writes them. */
function feedInt(n: number): void {
  if (!(Number.isSafeInteger(n) && n >= 0)) {
    feed(String(n));
    return;
  }
  let div = 1;
  while (div * 10 <= n) div *= 10;
  for (; div >= 1; div = Math.floor(div / 10)) feedCode(48 + (Math.floor(n / div) % 10));
}

const HEX = '0123456789abcdef';
const ID_PREFIX = 'claim:';
const idCodes: number[] = Array.from(ID_PREFIX, c => c.charCodeAt(0)).concat(new Array(13).fill(0));

/** `claim:` and the 13 hex digits of the state, as stableHash returns them. */
function claimDigest(): string {
  const p = ID_PREFIX.length;
  const h1 = state[H1];
  for (let k = 0; k < 8; k++) idCodes[p + k] = HEX.charCodeAt((h1 >>> (28 - 4 * k)) & 15);
  const low = state[H2] >>> 12;
  for (let k = 0; k < 5; k++) idCodes[p + 8 + k] = HEX.charCodeAt((low >>> (16 - 4 * k)) & 15);
  return String.fromCharCode.apply(null, idCodes);
}

/** `claim:` + stableHash(`${path}\0${start}\0${end}\0${key}\0${tag}`), without building the joined string. */
export function claimId(path: string, start: number, end: number, key: string, tag: string): string {
  if (path !== prefix) {
    state[H1] = 0x811c9dc5;
    state[H2] = 0x01000193 ^ 0x5bd1e995;
    feed(path);
    feedCode(0);
    prefix = path;
    state[PREFIX_H1] = state[H1];
    state[PREFIX_H2] = state[H2];
  }
  state[H1] = state[PREFIX_H1];
  state[H2] = state[PREFIX_H2];
  feedInt(start);
  feedCode(0);
  feedInt(end);
  feedCode(0);
  feed(key);
  feedCode(0);
  feed(tag);
  return claimDigest();
}
