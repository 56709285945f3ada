// Guards for what users open: binary files and huge files get a clear message, never a crash or a hang.

/** Larger reports are analyzed up to this many characters; the rest is left out with a warning. */
export const MAX_ANALYZED_CHARS = 2_000_000;

export interface InputCheck {
  /** Text to analyze (maybe cut), or null when the file is not text. */
  text: string | null;
  warnings: string[];
}

/** True when the first 8 KB hold a NUL or many control characters: a binary file, not a report. */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

export function checkInput(text: string): InputCheck {
  if (looksBinary(text)) return { text: null, warnings: ['not a text report (binary content); skipped'] };
  if (text.length > MAX_ANALYZED_CHARS) {
    return {
      text: text.slice(0, MAX_ANALYZED_CHARS),
      warnings: [`report is ${text.length} characters; only the first ${MAX_ANALYZED_CHARS} were analyzed`],
    };
  }
  return { text, warnings: [] };
}
