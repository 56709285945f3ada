// A long name spelled out by the acronym in brackets after it: "the Organisation for Security and Cooperation in Europe
// (OSCE)", "the Karen National Union (KNU)". The bracket says where the name starts and ends, so the words inside it
// are one body even where a place ("in Europe") or a known single word (a newspaper's) would cut it. A body's head
// word must be among them: "Gross Domestic Product (GDP)" and "Bovine Spongiform Encephalopathy (BSE)" name no body.
import { ORG_HEADS } from './organizations';
import type { Word } from './words';

/** Lower-case words that may stand inside a spelled-out name without an initial of their own. */
const INNER_WORDS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', 'del', 'des', 'du', 'la', 'el', 'to']);
/** Longest name (in words, brackets excluded) this rule reads: a name starting at word i ends at a bracket by word i + 10. */
export const SPELLED_MAX_WORDS = 10;
const MAX_WORDS = SPELLED_MAX_WORDS;

/**
 * The end (exclusive) of a name of at least three capitalized words starting at word i when the bracketed acronym right
 * after it is the initials of those words, else -1. Words are read left to right once, at most MAX_WORDS of them.
 */
export function spelledNameEnd(words: Word[], i: number, joined: (k: number) => boolean): number {
  // "the Rally for the Return of Refugees and Democracy in Rwanda (RDR)": a name that goes on before i is not spelled
  // from its middle.
  const before = words[i - 1];
  if (before && !before.punct && INNER_WORDS.has(before.lower) && joined(i) && words[i - 2]?.cap && joined(i - 1)) return -1;
  let initials = '';
  let caps = 0;
  let head = false;
  for (let k = i; k < words.length && k <= i + MAX_WORDS; k++) {
    const w = words[k];
    if (k > i && !joined(k)) return -1;
    if (w.punct) {
      if (w.text === '(' && caps >= 3 && head && !INNER_WORDS.has(words[k - 1].lower)) return spells(words, k, initials) ? k : -1;
      // "Itar-Tass", "Marxist-Leninist": a hyphen inside a name word.
      if (w.text === '-' && w.gap === '' && words[k + 1]?.gap === '') continue;
      return -1;
    }
    if (w.cap) {
      if (ORG_HEADS.has(w.lower)) head = true;
      // The first letter of each capitalized word; a hyphenated part adds none ("Marxist-Leninist" is one word).
      if (words[k - 1]?.text !== '-' || k === i) { initials += w.text[0]; caps++; }
    } else if (!INNER_WORDS.has(w.lower) || k === i) return -1;
  }
  return -1;
}

/** The words after the bracket at k are one acronym and a closing bracket, and the acronym is `initials`. */
function spells(words: Word[], k: number, initials: string): boolean {
  const acr = words[k + 1];
  if (!acr || acr.punct || words[k + 2]?.text !== ')' || !/^[A-Z][A-Za-z]{2,9}$/.test(acr.text)) return false;
  return acr.text.toUpperCase() === initials && /[A-Z].*[A-Z]/.test(acr.text);
}
