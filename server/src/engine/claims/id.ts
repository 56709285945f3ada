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
