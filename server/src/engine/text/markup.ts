// Markdown syntax that reports pasted from the web carry ("[Reuters](https://…) reported", "*El País*", "# Heading",
// "> quote"): blanked to spaces of the same length before tokenizing, so offsets stay exact and the words read as prose.
import { fromCodeUnits } from './codeUnits';

/** Longest link target blanked; longer ones are left as they are (no unbounded look-ahead). */
const MAX_URL = 2048;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * Blanks link syntax (the brackets and the "(url)" of "[text](url)"), emphasis asterisks, heading hashes and
 * blockquote markers at line starts. One pass with bounded look-ahead: linear in the text.
 */
export function blankMarkup(text: string): string {
  let out: Uint16Array | null = null;
  const blank = (from: number, to: number) => {
    if (!out) {
      out = new Uint16Array(text.length);
      for (let k = 0; k < text.length; k++) out[k] = text.charCodeAt(k);
    }
    for (let k = from; k < to; k++) out[k] = 32;
  };
  let lineStart = true;
  let openBracket = -1;
  // Where the last failed look for a link's ")" stopped: a later look from before it would stop there too.
  let failedUntil = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      openBracket = -1;
      continue;
    }
    if (lineStart) {
      // "# Heading", "## Heading", "> quoted line" (after optional indentation).
      if (c === 32 || c === 9) continue;
      lineStart = false;
      if (c === 35 /* # */) {
        let j = i;
        while (j < text.length && j - i < 6 && text.charCodeAt(j) === 35) j++;
        if (j < text.length && text.charCodeAt(j) === 32) { blank(i, j); i = j; continue; }
      } else if (c === 62 /* > */) {
        blank(i, i + 1);
        continue;
      }
    }
    if (c === 42 /* * */) {
      blank(i, i + 1);
    } else if (c === 91 /* [ */) {
      openBracket = i;
    } else if (c === 93 /* ] */ && openBracket >= 0 && text.charCodeAt(i + 1) === 40 /* ( */ && i > failedUntil) {
      // "](url)": the target must be one run without spaces, closed within MAX_URL characters.
      let j = i + 2;
      while (j < text.length && j - i < MAX_URL && text.charCodeAt(j) !== 41 && !isSpace(text.charCodeAt(j))) j++;
      if (j < text.length && text.charCodeAt(j) === 41) {
        blank(openBracket, openBracket + 1);
        blank(i, j + 1);
        i = j;
      } else {
        failedUntil = j;
      }
      openBracket = -1;
    }
  }
  if (!out) return text;
  return fromCodeUnits(out);
}
